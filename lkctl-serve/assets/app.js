// lkctl web console: progressive enhancements only. Every page and form works without
// this file; it adds local times, confirm dialogs, copy buttons and live refresh.
(function () {
  "use strict";
  document.documentElement.dataset.js = "on";

  // <time datetime> shows UTC from the server; show the viewer's zone, keep UTC as title.
  function localiseTimes(root) {
    root.querySelectorAll("time[datetime]").forEach(function (t) {
      if (t.dataset.localised) return;
      var d = new Date(t.getAttribute("datetime"));
      if (isNaN(d.getTime())) return;
      t.title = t.textContent.trim();
      t.textContent = d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
      t.dataset.localised = "1";
    });
  }

  // Copy buttons beside [data-copyable] fields.
  function addCopyButtons(root) {
    root.querySelectorAll("[data-copyable]").forEach(function (field) {
      if (field.dataset.copyReady || !navigator.clipboard) return;
      field.dataset.copyReady = "1";
      var b = document.createElement("button");
      b.type = "button";
      b.className = "small copy";
      b.textContent = "Copy";
      b.setAttribute("aria-label", "Copy " + (field.labels && field.labels[0] ? field.labels[0].textContent : "value"));
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(function () {
          b.textContent = "Copied";
          setTimeout(function () { b.textContent = "Copy"; }, 2000);
        });
      });
      field.insertAdjacentElement("afterend", b);
    });
  }

  // Forms with data-confirm ask first.
  document.addEventListener("submit", function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) e.preventDefault();
  });

  // Live refresh: re-fetch this page every data-refresh seconds and swap the [data-live]
  // regions that changed, unless the user is working inside one.
  function startRefresh() {
    var marker = document.querySelector("[data-refresh]");
    if (!marker) return;
    var seconds = Math.max(2, parseInt(marker.getAttribute("data-refresh"), 10) || 5);
    var busy = false;
    function tick() {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      fetch(location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
        .then(function (r) { return r.ok && !r.redirected ? r.text() : null; })
        .then(function (html) {
          if (!html) return;
          var fresh = new DOMParser().parseFromString(html, "text/html");
          document.querySelectorAll("[data-live][id]").forEach(function (el) {
            var next = fresh.getElementById(el.id);
            if (!next || el.contains(document.activeElement)) return;
            var probe = next.cloneNode(true);
            localiseTimes(probe);
            if (probe.innerHTML === el.innerHTML) return;
            el.innerHTML = next.innerHTML;
            localiseTimes(el);
            addCopyButtons(el);
          });
          document.documentElement.dataset.refreshed = String(Date.now());
        })
        .catch(function () { /* offline for a moment: try again next tick */ })
        .then(function () { busy = false; });
    }
    setInterval(tick, seconds * 1000);
  }

  function init() {
    localiseTimes(document);
    addCopyButtons(document);
    startRefresh();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
