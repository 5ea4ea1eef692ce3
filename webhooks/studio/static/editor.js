/* The playbook form, made easier: reorder rows by dragging or with Move buttons (keyboard), a save bar that
   says when there are unsaved changes, a condition row added on demand, and error links that focus their field.
   Without this script the form still works: rows carry an "Order" number, and every input posts as is. */
(function () {
  "use strict";
  var form = document.getElementById("playbook-form");
  if (!form) { return; }
  var status = document.getElementById("savebar-status");
  var live = document.getElementById("editor-announce");
  var dirty = false;
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
      handle.addEventListener("mousedown", function () { row.draggable = true; });
      handle.addEventListener("touchstart", function () { row.draggable = true; }, { passive: true });
      row.addEventListener("dragstart", function (event) {
        dragged = row;
        row.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", rowName(row));
      });
      row.addEventListener("dragend", function () {
        row.classList.remove("dragging");
        row.draggable = false;
        dragged = null;
      });
      row.addEventListener("dragover", function (event) {
        if (!dragged || dragged === row || dragged.parentNode !== list) { return; }
        event.preventDefault();
        var box = row.getBoundingClientRect();
        var after = event.clientY > box.top + box.height / 2;
        list.insertBefore(dragged, after ? row.nextSibling : row);
      });
      row.addEventListener("drop", function (event) {
        event.preventDefault();
        if (!dragged) { return; }
        renumber(list);
        markDirty();
        announce(rowName(dragged) + " is now number " + (rowsOf(list).indexOf(dragged) + 1) + ".");
      });
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
      var holder = message.closest(".field, fieldset, .part, section") || message.parentNode;
      var input = holder.querySelector(".invalid input, .invalid select, .invalid textarea, [aria-invalid='true'], input:not([type=hidden]), select, textarea");
      message.scrollIntoView({ block: "center" });
      if (input) { input.focus({ preventScroll: true }); }
    });
  });
})();
