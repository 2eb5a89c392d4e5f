/* First-party, cookie-free counting: one beacon per page view and one per click to another
   site (the host only). Nothing identifies the visitor. See metrics/views.py for why. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) { return; }
  var page = script.getAttribute("data-page");
  var language = document.documentElement.getAttribute("data-language") || "";
  function send(path, fields) {
    var data = new FormData();
    Object.keys(fields).forEach(function (name) { data.append(name, fields[name]); });
    navigator.sendBeacon(path, data);
  }
  if (page) { send("/metrics/hit/", { page: page }); }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || link.host === window.location.host || !/^https?:$/.test(link.protocol)) { return; }
    send("/metrics/out/", { url: link.href, language: language });
  }, true);
})();
