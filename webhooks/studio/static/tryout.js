/* The studio's preview chat: messages go to the real bot through the studio (POST /studio/playbook/try), which
   asks from the draft; every text is shown with textContent, never as HTML. */
(function () {
  "use strict";
  var root = document.getElementById("tryout");
  if (!root) { return; }
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var error = document.getElementById("chat-error");
  var token = document.querySelector("meta[name='csrf-token']");
  var turns = [];
  var asked = "";
  var busy = false;

  function line(who, text) {
    var item = document.createElement("li");
    item.className = "chat-" + who;
    item.textContent = text;
    log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  }

  function buttons(list) {
    if (!list.length) { return; }
    var item = document.createElement("li");
    item.className = "chat-buttons";
    list.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = b.title;
      button.addEventListener("click", function () { send(b.payload || b.title, b.title); });
      item.appendChild(button);
    });
    log.appendChild(item);
  }

  function panel(data) {
    var list = document.getElementById("understood");
    list.textContent = "";
    data.understood.forEach(function (row) {
      var item = document.createElement("li");
      item.textContent = "“" + row.said + "” → " + (row.understood || (row.asked_for ? "nothing understood for " + row.asked_for : "(not an answer to a question)"));
      list.appendChild(item);
    });
    var r = data.result;
    document.getElementById("try-stage").textContent = (r.stage || "").toUpperCase();
    document.getElementById("try-stage").className = "badge " + (r.stage || "");
    document.getElementById("try-score").textContent = String(r.score);
    document.getElementById("try-grade").textContent = r.grade + " (" + r.fit + "%)";
    var reasons = document.getElementById("try-reasons");
    reasons.textContent = "";
    (r.reasons || []).forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      reasons.appendChild(item);
    });
  }

  function send(text, shown) {
    if (busy || !text.trim()) { return; }
    busy = true;
    error.hidden = true;
    line("visitor", shown);
    var body = { sender: root.getAttribute("data-sender"), text: text, shown: shown, asked: asked, turns: turns };
    fetch(root.getAttribute("data-url"), {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.content : "" },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error("The bot did not answer (" + response.status + "). Try again."); }
      return response.json();
    }).then(function (data) {
      turns.push({ asked: asked, said: shown });
      var said = [];
      data.messages.forEach(function (m) {
        if (m.text) { line("bot", m.text); said.push(m.text); }
        buttons(m.buttons);
      });
      asked = said.join("\n");
      panel(data);
    }).catch(function (problem) {
      error.textContent = problem.message;
      error.hidden = false;
    }).then(function () {
      busy = false;
      input.focus();
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) { return; }  // the text stays in the box until the bot has answered the last one
    var text = input.value;
    input.value = "";
    send(text, text);
  });
  // The page renders the form disabled (see tryout.html): it is usable from here on.
  input.disabled = false;
  form.querySelector("button[type=submit]").disabled = false;
})();
