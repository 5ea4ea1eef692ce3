/* The playbook form, made easier: reorder rows by dragging or with Move buttons (keyboard), a save bar that
   says when there are unsaved changes, a condition row added on demand, and error links that focus their field.
   Without this script the form still works: rows carry an "Order" number, and every input posts as is. */
(function () {
  "use strict";
  var form = document.getElementById("playbook-form");
  if (!form) { return; }
  var status = document.getElementById("savebar-status");
  var live = document.getElementById("editor-announce");
  var dirty = form.getAttribute("data-unsaved") === "1";  // a refused save: what was typed is not stored yet
  var submitting = false;

  function announce(text) { if (live) { live.textContent = text; } }

  function markDirty() {
    if (dirty) { return; }
    dirty = true;
    form.classList.add("dirty");
    if (status) { status.textContent = "Unsaved changes"; }
  }

  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !submitting) { event.preventDefault(); event.returnValue = ""; }
  });

  /* ---------------------------------------------------------------- reordering */

  function rowsOf(list) {
    return Array.prototype.filter.call(list.children, function (el) {
      return el.matches && el.matches("fieldset.section-row.orderable");
    });
  }

  function renumber(list) {
    var rows = rowsOf(list);
    rows.forEach(function (row, i) {
      var position = row.querySelector("input.pos");
      if (position) { position.value = String(i + 1); }
      var number = row.querySelector(".row-number");
      if (number) { number.textContent = String(i + 1); }
      var handle = row.querySelector("button.move-handle");
      if (handle) { handle.setAttribute("aria-label", "Move " + rowName(row) + " (number " + (i + 1) + "): drag, or press the arrow keys"); }
      var up = row.querySelector("button.move-up");
      var down = row.querySelector("button.move-down");
      if (up) { up.disabled = i === 0; }
      if (down) { down.disabled = i === rows.length - 1; }
    });
  }

  function rowName(row) {
    var title = row.querySelector(".row-title");
    return title ? "'" + title.textContent + "'" : "This row";
  }

  function move(row, offset, focusSelector) {
    var list = row.parentNode;
    var rows = rowsOf(list);
    var index = rows.indexOf(row);
    var target = index + offset;
    if (target < 0 || target >= rows.length) { return; }
    if (offset < 0) { list.insertBefore(row, rows[target]); } else { list.insertBefore(row, rows[target].nextSibling); }
    renumber(list);
    markDirty();
    announce(rowName(row) + " is now number " + (target + 1) + " of " + rows.length + ".");
    if (focusSelector) {
      var button = row.querySelector(focusSelector);
      if (button && !button.disabled) { button.focus(); } else { row.querySelector("button.move-handle").focus(); }
    }
  }

  Array.prototype.forEach.call(form.querySelectorAll(".orderable-list"), function (list) {
    list.classList.add("js-ordering");
    var dragged = null;
    rowsOf(list).forEach(function (row) {
      var tools = row.querySelector(".move-tools");
      if (tools) { tools.hidden = false; }
      row.querySelector("button.move-up").addEventListener("click", function () { move(row, -1, "button.move-up"); });
      row.querySelector("button.move-down").addEventListener("click", function () { move(row, 1, "button.move-down"); });
      var handle = row.querySelector("button.move-handle");
      handle.addEventListener("keydown", function (event) {
        if (event.key === "ArrowUp") { event.preventDefault(); move(row, -1, "button.move-handle"); }
        if (event.key === "ArrowDown") { event.preventDefault(); move(row, 1, "button.move-handle"); }
      });
      // Dragging by the handle with pointer events: mouse, pen and touch alike (HTML5 drag and drop has no touch).
      var moved = false;
      handle.addEventListener("pointerdown", function (event) {
        if (event.button !== 0) { return; }
        event.preventDefault();
        if (handle.setPointerCapture) { handle.setPointerCapture(event.pointerId); }
        dragged = row;
        moved = false;
        row.classList.add("dragging");
      });
      // On the document: moving the row in the page ends the handle's pointer capture.
      document.addEventListener("pointermove", function (event) {
        if (dragged !== row) { return; }
        var others = rowsOf(list).filter(function (r) { return r !== row; });
        var before = null;
        for (var i = 0; i < others.length; i++) {
          var box = others[i].getBoundingClientRect();
          if (event.clientY < box.top + box.height / 2) { before = others[i]; break; }
        }
        var next = before || null;
        if (row.nextElementSibling === next || (!next && row === list.lastElementChild)) { return; }
        if (next) { list.insertBefore(row, next); } else { list.appendChild(row); }
        moved = true;
      });
      function drop() {
        if (dragged !== row) { return; }
        row.classList.remove("dragging");
        dragged = null;
        if (!moved) { return; }
        renumber(list);
        markDirty();
        announce(rowName(row) + " is now number " + (rowsOf(list).indexOf(row) + 1) + ".");
      }
      document.addEventListener("pointerup", drop);
      document.addEventListener("pointercancel", drop);
    });
    renumber(list);
  });

  /* ---------------------------------------------------------------- conditions: one more row */

  Array.prototype.forEach.call(form.querySelectorAll("fieldset.condition"), function (box) {
    var button = box.querySelector("button.add-condition");
    var count = box.querySelector("input[name$='._count']");
    if (!button || !count) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var blank = box.querySelector(".cond-row.new");
      var next = parseInt(count.value, 10) + 1;
      var copy = blank.cloneNode(true);
      var name = box.getAttribute("data-name");
      Array.prototype.forEach.call(copy.querySelectorAll("[name]"), function (input) {
        input.name = input.name.replace(name + "." + count.value + ".", name + "." + next + ".");
        if (input.tagName === "SELECT") { input.selectedIndex = input.name.slice(-6) === ".field" ? 0 : input.selectedIndex; }
        if (input.tagName === "INPUT") { input.value = ""; }
      });
      blank.classList.remove("new");
      blank.setAttribute("aria-label", "Condition " + next);
      count.value = String(next);
      blank.parentNode.insertBefore(copy, button);
      copy.querySelector("select").focus();
      markDirty();
    });
  });

  /* ---------------------------------------------------------------- errors: the list's links focus the field */

  Array.prototype.forEach.call(document.querySelectorAll("#errors a[href^='#error-']"), function (link) {
    link.addEventListener("click", function (event) {
      var message = document.getElementById(link.getAttribute("href").slice(1));
      if (!message) { return; }
      event.preventDefault();
      // The input the error names (a condition's row inputs are named without its any/all), else the nearest one.
      var path = message.getAttribute("data-path") || "";
      var input = null;
      [path, path.replace(/\.(any|all)\.(\d+)\./, ".$2.")].some(function (name) {
        input = form.querySelector("[name='" + name.replace(/'/g, "") + "']");
        return input && input.type !== "hidden";
      });
      if (!input || input.type === "hidden") {
        var holder = message.closest(".field, fieldset, .part, section") || message.parentNode;
        input = holder.querySelector("[aria-invalid='true'], input:not([type=hidden]), select, textarea");
      }
      message.scrollIntoView({ block: "center" });
      if (input) { input.focus({ preventScroll: true }); }
    });
  });
})();
