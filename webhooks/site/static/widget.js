/*
 * leadbot chat widget: one script tag on any site, talking to Rasa's socket.io channel.
 *
 *   <script src="https://SERVICE/site/widget.js" defer data-bot-url="https://BOT" data-company="Acme"></script>
 *
 * Its own texts (title, subtitle, greeting, labels) are in the browser's language; a company's text in the
 * tag (data-greeting="Hi!", data-greeting-de="Hallo!") wins over them, the visitor's language first.
 *
 * Plain JavaScript, no build step. What the bot or the visitor says is only ever
 * put into the page as text (textContent); links in the bot's text become <a>
 * elements only for http(s) URLs. The session id and the transcript live in
 * localStorage so the conversation survives page loads; Rasa keeps the
 * conversation itself (session_persistence), keyed by that session id.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.LeadbotWidget) { return; }

  var MAX_LOG = 200;
  // The bot answers a longer message politely without reading it (LEADBOT_MAX_MESSAGE_CHARS, 4000 by default).
  var MAX_TEXT = 4000;
  var TYPING_TIMEOUT_MS = 30000;
  // The alert shows sales whether the visitor is still on the page: a closed tab closes the socket, and the
  // heartbeat tells a live page from a frozen or unplugged one (the bot drops a socket that misses three).
  var HEARTBEAT_SECONDS = 15;

  function attr(name, fallback) {
    var value = script.getAttribute("data-" + name);
    return value === null || value === "" ? fallback : value;
  }

  // The widget's own words in the browser's language (the bot's answers follow the conversation's language).
  // title: without a company name; titleOf: with it. greeting and subtitle are shown unless the tag sets its own.
  var WORDS = {
    en: { title: "Chat with us", titleOf: "Talk to {company}", subtitle: "Usually answers in seconds",
          greeting: "Hello! How can we help you?",
          open: "Open chat: ", close: "Close chat", log: "Conversation", typing: "The assistant is typing",
          message: "Your message", placeholder: "Type your message\u2026", send: "Send", you: "You", choices: "Choices",
          unavailable: "The chat is not available right now.", reconnected: "Reconnected.",
          lost: "Connection lost. Reconnecting\u2026", connecting: "Connecting to the chat\u2026",
          notLoaded: "The chat could not be loaded." },
    de: { title: "Schreiben Sie uns", titleOf: "Chatten Sie mit {company}", subtitle: "Antwortet meist in Sekunden",
          greeting: "Hallo! Wobei können wir Ihnen helfen?",
          open: "Chat öffnen: ", close: "Chat schließen", log: "Unterhaltung",
          typing: "Der Assistent schreibt", message: "Ihre Nachricht", placeholder: "Nachricht eingeben\u2026",
          send: "Senden", you: "Sie", choices: "Auswahl", unavailable: "Der Chat ist gerade nicht verfügbar.",
          reconnected: "Wieder verbunden.", lost: "Verbindung unterbrochen. Neuer Versuch\u2026",
          connecting: "Verbindung zum Chat\u2026", notLoaded: "Der Chat konnte nicht geladen werden." },
    fr: { title: "Discutons", titleOf: "Discutez avec {company}", subtitle: "Répond généralement en quelques secondes",
          greeting: "Bonjour\u00a0! Comment pouvons-nous vous aider\u00a0?",
          open: "Ouvrir le chat : ", close: "Fermer le chat", log: "Conversation",
          typing: "L'assistant écrit", message: "Votre message", placeholder: "Écrivez votre message\u2026",
          send: "Envoyer", you: "Vous", choices: "Choix", unavailable: "Le chat n'est pas disponible pour le moment.",
          reconnected: "Reconnecté.", lost: "Connexion perdue. Reconnexion\u2026", connecting: "Connexion au chat\u2026",
          notLoaded: "Le chat n'a pas pu être chargé." },
    es: { title: "Hable con nosotros", titleOf: "Hable con {company}", subtitle: "Suele responder en segundos",
          greeting: "¡Hola! ¿En qué podemos ayudarle?",
          open: "Abrir el chat: ", close: "Cerrar el chat", log: "Conversación",
          typing: "El asistente está escribiendo", message: "Su mensaje", placeholder: "Escriba su mensaje\u2026",
          send: "Enviar", you: "Usted", choices: "Opciones", unavailable: "El chat no está disponible ahora mismo.",
          reconnected: "Conectado de nuevo.", lost: "Conexión perdida. Reconectando\u2026",
          connecting: "Conectando con el chat\u2026", notLoaded: "No se ha podido cargar el chat." },
    pt: { title: "Fale connosco", titleOf: "Converse com {company}", subtitle: "Costuma responder em segundos",
          greeting: "Olá! Em que podemos ajudar?",
          open: "Abrir o chat: ", close: "Fechar o chat", log: "Conversa",
          typing: "O assistente está a escrever", message: "A sua mensagem", placeholder: "Escreva a sua mensagem\u2026",
          send: "Enviar", you: "Você", choices: "Opções", unavailable: "O chat não está disponível neste momento.",
          reconnected: "Ligado de novo.", lost: "Ligação perdida. A religar\u2026", connecting: "A ligar ao chat\u2026",
          notLoaded: "Não foi possível carregar o chat." },
    it: { title: "Scrivici", titleOf: "Parli con {company}", subtitle: "Di solito risponde in pochi secondi",
          greeting: "Salve! Come possiamo aiutarLa?",
          open: "Apri la chat: ", close: "Chiudi la chat", log: "Conversazione",
          typing: "L'assistente sta scrivendo", message: "Il suo messaggio", placeholder: "Scriva il suo messaggio\u2026",
          send: "Invia", you: "Lei", choices: "Scelte", unavailable: "La chat non è disponibile in questo momento.",
          reconnected: "Riconnesso.", lost: "Connessione persa. Riconnessione\u2026", connecting: "Connessione alla chat\u2026",
          notLoaded: "Non è stato possibile caricare la chat." },
    nl: { title: "Chat met ons", titleOf: "Chat met {company}", subtitle: "Antwoordt meestal binnen enkele seconden",
          greeting: "Hallo! Waarmee kunnen we u helpen?",
          open: "Chat openen: ", close: "Chat sluiten", log: "Gesprek",
          typing: "De assistent typt", message: "Uw bericht", placeholder: "Typ uw bericht\u2026", send: "Verzenden",
          you: "U", choices: "Keuzes", unavailable: "De chat is nu niet beschikbaar.", reconnected: "Weer verbonden.",
          lost: "Verbinding verbroken. Opnieuw verbinden\u2026", connecting: "Verbinden met de chat\u2026",
          notLoaded: "De chat kon niet worden geladen." }
  };
  // The visitor's language: the first two letters of the browser's (de-AT and de-CH read as de).
  var language = String(navigator.language || "en").slice(0, 2).toLowerCase();
  var words = WORDS[language] || WORDS.en;

  // The company's own text for a setting: for the visitor's language (data-greeting-de), else for every
  // language (data-greeting), else null. An attribute set empty is kept: it means "none" (no subtitle).
  function own(name) {
    var value = script.getAttribute("data-" + name + "-" + language);
    if (value === null) { value = script.getAttribute("data-" + name); }
    return value === null ? null : value.trim();
  }

  function title() {
    var set = own("title");
    if (set) { return set; }
    var company = own("company");
    return company ? words.titleOf.replace("{company}", company) : words.title;
  }

  var assetBase = new URL(".", script.src).href;
  var subtitle = own("subtitle");
  var greeting = own("greeting");
  var settings = {
    botUrl: attr("bot-url", ""),
    socketPath: attr("socket-path", "/socket.io/"),
    title: title(),
    subtitle: subtitle === null ? words.subtitle : subtitle,
    color: attr("color", ""),
    greeting: greeting === null ? words.greeting : greeting,
    open: attr("open", "false") === "true",
    storageKey: attr("storage-key", "leadbot")
  };

  /* ---------- storage (falls back to memory when localStorage is blocked) ---------- */

  var memory = {};
  var store = {
    get: function (key) {
      try { return window.localStorage.getItem(settings.storageKey + ":" + key); }
      catch (e) { return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(settings.storageKey + ":" + key, value); }
      catch (e) { memory[key] = value; }
    }
  };

  function newSessionId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function loadLog() {
    try {
      var log = JSON.parse(store.get("log") || "[]");
      return Array.isArray(log) ? log : [];
    } catch (e) { return []; }
  }

  function saveLog() { store.set("log", JSON.stringify(transcript.slice(-MAX_LOG))); }

  function timeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { return null; }
  }

  // Where the chat was opened (the studio's attribution: page, referrer, UTM in the page's address, language).
  // Each address is cut so the whole metadata stays under the channel's bound, which drops a bigger one entirely.
  var ADDRESS_CHARS = 400;
  function origin() {
    return {
      tz: timeZone(),
      page: String(location.href).slice(0, ADDRESS_CHARS),
      referrer: String(document.referrer || "").slice(0, ADDRESS_CHARS) || null,
      language: navigator.language || null
    };
  }

  /* ---------- safe rendering ---------- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function safeHref(raw) {
    try {
      var url = new URL(raw);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  // [title](http...) or a bare http(s) URL; everything else stays text.
  var LINK = /\[([^\]\n]{1,300})\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"']+)/g;

  function appendRich(parent, text) {
    var last = 0;
    var match;
    LINK.lastIndex = 0;
    while ((match = LINK.exec(text)) !== null) {
      var raw = match[2] || match[3];
      var label = match[1];
      var trailing = "";
      if (!label) {
        var cut = raw.match(/[.,;:!?)\]]+$/);
        if (cut) { trailing = cut[0]; raw = raw.slice(0, -trailing.length); }
      }
      var href = safeHref(raw);
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      if (href) {
        var a = el("a", "lb-link", label || raw);
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer nofollow";
        parent.appendChild(a);
      } else {
        parent.appendChild(document.createTextNode(match[0].slice(0, match[0].length - trailing.length)));
      }
      if (trailing) { parent.appendChild(document.createTextNode(trailing)); }
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* ---------- the DOM ---------- */

  var transcript = loadLog();
  var sessionId = store.get("session");
  var socket = null;
  var connected = false;
  var everConnected = false;
  var typingTimer = null;
  var confirmed = false;  // Rasa put this socket in the session's room: its replies can reach us
  var pending = [];  // written before the session was confirmed: sent, in order, once it is
  // The last message sent that no reply has followed yet. If the connection drops first, it is sent again
  // with the same message_id and "resent": the bot answers it from what it stored, never twice (issue 17).
  var unanswered = null;
  var heartbeatTimer = null;

  var root = el("div", "lb-root");
  root.setAttribute("data-leadbot", "");
  // Screen readers speak the widget's words in their language, not in the host page's.
  root.setAttribute("lang", WORDS[language] ? language : "en");
  if (settings.color && /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(settings.color)) {
    root.style.setProperty("--lb-accent", settings.color);
  }

  var launcher = el("button", "lb-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-label", words.open + settings.title);
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "lb-panel");
  launcher.appendChild(el("span", "lb-launcher__icon")).setAttribute("aria-hidden", "true");
  launcher.appendChild(el("span", "lb-launcher__label", settings.title));

  var panel = el("section", "lb-panel");
  panel.id = "lb-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", settings.title);

  var header = el("header", "lb-header");
  var heading = el("div", "lb-heading");
  heading.appendChild(el("h2", "lb-title", settings.title));
  if (settings.subtitle) { heading.appendChild(el("p", "lb-subtitle", settings.subtitle)); }
  var close = el("button", "lb-close");
  close.type = "button";
  close.setAttribute("aria-label", words.close);
  close.appendChild(el("span", "", "\u00d7")).setAttribute("aria-hidden", "true");
  header.appendChild(heading);
  header.appendChild(close);

  var status = el("div", "lb-status");
  status.setAttribute("role", "status");
  status.hidden = true;

  var log = el("div", "lb-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", words.log);
  log.tabIndex = 0;

  var typing = el("div", "lb-typing");
  typing.hidden = true;
  typing.setAttribute("aria-label", words.typing);
  typing.setAttribute("role", "status");
  for (var i = 0; i < 3; i++) { typing.appendChild(el("span", "lb-dot")).setAttribute("aria-hidden", "true"); }

  var form = el("form", "lb-form");
  form.setAttribute("novalidate", "");
  var label = el("label", "lb-visually-hidden", words.message);
  label.htmlFor = "lb-input";
  var input = el("textarea", "lb-input");
  input.id = "lb-input";
  input.rows = 1;
  input.maxLength = MAX_TEXT;
  input.placeholder = words.placeholder;
  input.setAttribute("autocomplete", "off");
  var send = el("button", "lb-send");
  send.type = "submit";
  send.setAttribute("aria-label", words.send);
  send.appendChild(el("span", "", "\u27a4")).setAttribute("aria-hidden", "true");
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);

  panel.appendChild(header);
  panel.appendChild(status);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(form);
  root.appendChild(panel);
  root.appendChild(launcher);

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function renderEntry(entry, index) {
    var row = el("div", "lb-msg lb-msg--" + entry.from);
    row.setAttribute("data-from", entry.from);
    if (entry.text) {
      var bubble = el("div", "lb-bubble");
      // A salesperson's words (issue 19) are shown as plain text under their name, like the visitor's.
      if (entry.from === "bot") { appendRich(bubble, entry.text); } else { bubble.textContent = entry.text; }
      if (entry.from === "agent") { row.appendChild(el("div", "lb-name", entry.name)); }
      if (entry.from !== "note") {
        var who = entry.from === "bot" ? settings.title : (entry.from === "agent" ? entry.name : words.you);
        bubble.insertBefore(el("span", "lb-visually-hidden", who + ": "), bubble.firstChild);
      }
      row.appendChild(bubble);
    }
    if (entry.buttons && entry.buttons.length) {
      var group = el("div", "lb-buttons");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", words.choices);
      entry.buttons.forEach(function (choice, position) {
        var button = el("button", "lb-choice", choice.title);
        button.type = "button";
        if (entry.chosen !== undefined && entry.chosen !== null) {
          button.disabled = true;
          if (entry.chosen === position) { button.className += " lb-choice--chosen"; button.setAttribute("aria-pressed", "true"); }
        }
        button.addEventListener("click", function () { choose(index, position); });
        group.appendChild(button);
      });
      row.appendChild(group);
    }
    log.appendChild(row);
  }

  function renderAll() {
    while (log.firstChild) { log.removeChild(log.firstChild); }
    if (settings.greeting) { renderEntry({ from: "bot", text: settings.greeting }, -1); }
    transcript.forEach(renderEntry);
    scrollDown();
  }

  function add(entry) {
    transcript.push(entry);
    saveLog();
    if (transcript.length > MAX_LOG) {
      transcript = transcript.slice(-MAX_LOG);
      renderAll();
    } else {
      renderEntry(entry, transcript.length - 1);
    }
    scrollDown();
  }

  function setTyping(on) {
    clearTimeout(typingTimer);
    typing.hidden = !on;
    if (on) { typingTimer = setTimeout(function () { typing.hidden = true; }, TYPING_TIMEOUT_MS); scrollDown(); }
  }

  var statusTimer = null;
  function setStatus(text, kind) {
    clearTimeout(statusTimer);
    status.textContent = text || "";
    status.hidden = !text;
    status.className = "lb-status" + (kind ? " lb-status--" + kind : "");
    if (kind === "ok") { statusTimer = setTimeout(function () { status.hidden = true; }, 4000); }
  }

  /* ---------- talking to Rasa ---------- */

  function emitMessage(text) {
    connect();
    var metadata = origin();
    metadata.message_id = newSessionId();
    var message = { message: text, session_id: sessionId, metadata: metadata };
    if (confirmed) { sendMessage(message); } else { pending.push(message); }
    setTyping(true);
  }

  function sendMessage(message) {
    unanswered = message;
    socket.emit("user_uttered", message);
  }

  function beat() { if (socket && confirmed) { socket.emit("heartbeat", { every: HEARTBEAT_SECONDS }); } }

  // socket.io would flush its own buffer before our session_request, so Rasa could answer into a room
  // this socket has not joined yet and the reply would be lost: we hold messages until the session is confirmed.
  function flushPending() {
    pending.splice(0).forEach(function (message) {
      message.session_id = sessionId;
      sendMessage(message);
    });
  }

  // Choices the visitor moved past are answered; they stay visible but can no longer be clicked.
  function retireChoices() {
    transcript.forEach(function (entry) {
      if (entry.buttons && entry.buttons.length && (entry.chosen === undefined || entry.chosen === null)) { entry.chosen = -1; }
    });
    Array.prototype.forEach.call(log.querySelectorAll(".lb-choice"), function (b) { b.disabled = true; });
  }

  function sendText(text) {
    text = String(text || "").trim().slice(0, MAX_TEXT);
    if (!text) { return false; }
    retireChoices();
    add({ from: "user", text: text });
    emitMessage(text);
    return true;
  }

  function choose(index, position) {
    var entry = transcript[index];
    if (!entry || (entry.chosen !== undefined && entry.chosen !== null)) { return; }
    var choice = entry.buttons[position];
    var row = log.children[log.children.length - (transcript.length - index)];
    retireChoices();
    entry.chosen = position;
    if (row) {
      var chosen = row.querySelectorAll(".lb-choice")[position];
      if (chosen) { chosen.className += " lb-choice--chosen"; chosen.setAttribute("aria-pressed", "true"); }
    }
    add({ from: "user", text: choice.title });
    emitMessage(choice.payload || choice.title);
    // Keep keyboard users in the conversation; on touch screens do not pop the keyboard up.
    if (!(window.matchMedia && window.matchMedia("(pointer: coarse)").matches)) { input.focus(); }
  }

  function onBotMessage(data) {
    if (!data || typeof data !== "object") { return; }
    var text = typeof data.text === "string" ? data.text : "";
    var raw = Array.isArray(data.quick_replies) ? data.quick_replies : (Array.isArray(data.buttons) ? data.buttons : []);
    var buttons = raw.filter(function (b) { return b && typeof b.title === "string"; }).map(function (b) {
      return { title: b.title, payload: typeof b.payload === "string" ? b.payload : b.title };
    });
    if (!text && data.attachment && data.attachment.payload && typeof data.attachment.payload.src === "string") {
      text = data.attachment.payload.src;
    }
    if (!text && !buttons.length) { return; }
    unanswered = null;
    setTyping(false);
    var name = typeof data.sender_name === "string" ? data.sender_name.slice(0, 100) : "";
    add(name ? { from: "agent", name: name, text: text } : { from: "bot", text: text, buttons: buttons });
  }

  function connect() {
    if (socket) { return; }
    if (!sessionId) { sessionId = newSessionId(); store.set("session", sessionId); }
    if (!settings.botUrl) { setStatus(words.unavailable, "error"); return; }
    if (typeof window.__leadbotIo !== "function") { return; }  // connects once the client has loaded
    socket = window.__leadbotIo(settings.botUrl, {
      path: settings.socketPath,
      reconnection: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 4000
    });
    socket.on("connect", function () {
      connected = true;
      socket.emit("session_request", { session_id: sessionId });
      if (everConnected) { setStatus(words.reconnected, "ok"); }
      everConnected = true;
      root.setAttribute("data-connection", "online");
    });
    socket.on("session_confirm", function (id) {
      if (typeof id === "string" && id && id !== sessionId) { sessionId = id; store.set("session", id); }
      confirmed = true;
      beat();
      clearInterval(heartbeatTimer);
      heartbeatTimer = setInterval(beat, HEARTBEAT_SECONDS * 1000);
      flushPending();
    });
    socket.on("bot_uttered", onBotMessage);
    socket.on("disconnect", function () {
      connected = false;
      confirmed = false;
      clearInterval(heartbeatTimer);
      if (unanswered) {  // maybe taken, maybe not: the bot tells which by its id
        unanswered.metadata.resent = true;
        pending.unshift(unanswered);
        unanswered = null;
      }
      root.setAttribute("data-connection", "offline");
      setStatus(words.lost, "warn");
    });
    socket.on("connect_error", function () {
      root.setAttribute("data-connection", "offline");
      setStatus(everConnected ? words.lost : words.connecting, "warn");
    });
  }

  /* ---------- opening, closing, keyboard ---------- */

  function open(quiet) {
    panel.hidden = false;
    root.classList.add("lb-root--open");
    launcher.setAttribute("aria-expanded", "true");
    store.set("open", "1");
    connect();
    scrollDown();
    if (quiet !== true) { input.focus(); }
  }

  function hide() {
    panel.hidden = true;
    root.classList.remove("lb-root--open");
    launcher.setAttribute("aria-expanded", "false");
    store.set("open", "0");
    launcher.focus();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) { open(); } else { hide(); } });
  close.addEventListener("click", hide);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); hide(); }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sendText(input.value)) { input.value = ""; }
    input.focus();
  });
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-leadbot-open]")) { event.preventDefault(); open(); }
  });

  /* ---------- start ---------- */

  function loadStyle() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = assetBase + "widget.css";
    document.head.appendChild(link);
  }

  // Loads our socket.io client without taking over a page's own `io`.
  function loadSocketIo(done) {
    var previous = window.io;
    var tag = document.createElement("script");
    tag.src = assetBase + "vendor/socket.io.min.js";
    tag.onload = function () {
      window.__leadbotIo = window.io;
      if (previous === undefined) { try { delete window.io; } catch (e) { window.io = undefined; } } else { window.io = previous; }
      done();
    };
    tag.onerror = function () { setStatus(words.notLoaded, "error"); };
    document.head.appendChild(tag);
  }

  function start() {
    loadStyle();
    document.body.appendChild(root);
    renderAll();
    loadSocketIo(function () {
      if (store.get("open") === "1" || settings.open) { open(true); } else if (sessionId || pending.length) { connect(); }
    });
  }

  window.LeadbotWidget = {
    open: open,
    close: hide,
    send: sendText,
    sessionId: function () { return sessionId; },
    connected: function () { return connected; }
  };

  if (document.body) { start(); } else { document.addEventListener("DOMContentLoaded", start); }
}());
