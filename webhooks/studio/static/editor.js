/* The playbook form, made easier: reorder rows by dragging or with Move buttons (keyboard), a save bar that
   says when there are unsaved changes, a condition row added on demand, error links that focus their field,
   and the sections beyond the first paint loaded as they come near (their placeholders are links to them).
   Without this script the form still works: rows carry an "Order" number, every input posts as is, and a
   section's link opens the page with that section drawn. */
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

  var EDGE = 56;  // px from the top or bottom of the window where a dragged row scrolls the page

  function enhanceOrdering(root) {
  Array.prototype.forEach.call(root.querySelectorAll(".orderable-list"), function (list) {
    list.classList.add("js-ordering");
    var dragged = null;
    var fingerY = 0;  // where the pointer that drags is, in the window
    var scrolling = 0;  // the animation frame that scrolls while a row is held near an edge
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
      function placeAt(y) {  // the row goes before the first other row whose middle is below the finger
        var others = rowsOf(list).filter(function (r) { return r !== row; });
        var before = null;
        for (var i = 0; i < others.length; i++) {
          var box = others[i].getBoundingClientRect();
          if (y < box.top + box.height / 2) { before = others[i]; break; }
        }
        var next = before || null;
        if (row.nextElementSibling === next || (!next && row === list.lastElementChild)) { return; }
        if (next) { list.insertBefore(row, next); } else { list.appendChild(row); }
        moved = true;
      }
      // Held near the top or bottom of the screen, the page scrolls on, faster nearer the edge: a phone shows
      // a question or two, and a finger cannot leave the screen to reach a row above or below.
      function scrollOn() {
        if (dragged !== row) { scrolling = 0; return; }
        var bottom = window.innerHeight - EDGE;
        var speed = fingerY < EDGE ? fingerY - EDGE : fingerY > bottom ? fingerY - bottom : 0;
        if (speed) { window.scrollBy(0, speed / 2); placeAt(fingerY); }
        scrolling = window.requestAnimationFrame(scrollOn);
      }
      // On the document: moving the row in the page ends the handle's pointer capture.
      document.addEventListener("pointermove", function (event) {
        if (dragged !== row) { return; }
        fingerY = event.clientY;
        placeAt(fingerY);
        if (!scrolling) { scrolling = window.requestAnimationFrame(scrollOn); }
      });
      function drop() {
        if (dragged !== row) { return; }
        row.classList.remove("dragging");
        dragged = null;
        if (scrolling) { window.cancelAnimationFrame(scrolling); scrolling = 0; }
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
  }

  /* ---------------------------------------------------------------- conditions: one more row */

  function enhanceConditions(root) {
  Array.prototype.forEach.call(root.querySelectorAll("fieldset.condition"), function (box) {
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
  }

  function enhance(root) { enhanceOrdering(root); enhanceConditions(root); }
  enhance(form);

  /* ---------------------------------------------------------------- sections loaded after the first paint */

  var loading = {};

  function loadSection(section) {
    var id = section.id;
    if (loading[id]) { return loading[id]; }
    loading[id] = fetch(section.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        var holder = document.createElement("template");
        holder.innerHTML = html.trim();
        var fresh = holder.content.querySelector("section.form-section");
        var current = document.getElementById(id);
        if (!fresh || !current || !current.classList.contains("lazy")) { return current; }
        current.replaceWith(fresh);
        enhance(fresh);
        return fresh;
      })
      .catch(function () { delete loading[id]; return section; });  // its link still opens it, by reloading
    return loading[id];
  }

  var lazy = Array.prototype.slice.call(form.querySelectorAll("section.form-section.lazy[data-src]"));
  if (lazy.length && window.fetch) {
    if ("IntersectionObserver" in window) {
      var watcher = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { watcher.unobserve(entry.target); loadSection(entry.target); }
        });
      }, { rootMargin: "800px 0px" });
      lazy.forEach(function (section) { watcher.observe(section); });
    }
    // A link to a section not loaded yet (the sections' menu, its own placeholder link): load it, then go there.
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href*='#section-']");
      if (!link) { return; }
      var target = document.getElementById(link.getAttribute("href").split("#")[1]);
      if (!target || !target.classList.contains("lazy")) { return; }
      event.preventDefault();
      loadSection(target).then(function (section) {
        section.scrollIntoView();
        history.replaceState(null, "", "#" + section.id);
        var first = section.querySelector("input:not([type=hidden]), select, textarea");
        if (first) { first.focus({ preventScroll: true }); }
      });
    });
    // Once the page is up, the rest follow one by one, so every field is there for find-in-page and the keyboard.
    window.addEventListener("load", function () {
      lazy.reduce(function (done, section) {
        return done.then(function () { return loadSection(section); });
      }, Promise.resolve());
    });
  }

  /* ---------------------------------------------------------------- routes' owners: the people as typed */

  // A person added or renamed under People is offered by that name in every route's owner lists at once,
  // without a save in between (the server draws the same lists from the same rows on the next page).
  function people() {
    var found = [];
    Array.prototype.forEach.call(form.querySelectorAll("#part-routing-owners fieldset.section-row"), function (row) {
      var id = row.querySelector("input[name$='.id']");
      var name = row.querySelector("input[name$='.name']");
      var gone = row.querySelector("input[name$='._remove']");
      if (id && id.value.trim() && !(gone && gone.checked)) {
        found.push([id.value.trim(), name ? name.value.trim() : ""]);
      }
    });
    return found;
  }

  function offerPeople() {
    var known = people();
    var ids = known.map(function (person) { return person[0]; });
    Array.prototype.forEach.call(form.querySelectorAll("fieldset.people select"), function (select) {
      var chosen = select.value;
      var blank = select.options[0];
      while (select.options.length > 1) { select.remove(1); }
      if (chosen && ids.indexOf(chosen) < 0) { select.add(new Option(chosen + " (not under People)", chosen)); }
      known.forEach(function (person) {
        select.add(new Option(person[1] || person[0] + " (no name yet)", person[0]));
      });
      select.value = chosen;
      if (select.selectedIndex < 0) { blank.selected = true; }
    });
  }

  form.addEventListener("change", function (event) {
    var name = event.target.name || "";
    if (/^routing\.owners\.\d+\.(id|name|_remove)$/.test(name)) { offerPeople(); }
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
