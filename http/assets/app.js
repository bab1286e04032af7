// Progressive enhancement only: every page works without this file.
// - "/" focuses the search box; Escape leaves it or closes a tooltip.
// - Timeline marks show a styled tooltip on hover and keyboard focus
//   (the SVG <title> remains the fallback and accessible name).
(function () {
  "use strict";

  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var q = document.getElementById("q") || document.getElementById("site-q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    } else if (e.key === "Escape") {
      hide();
      if (typing) t.blur();
    }
  });

  var tip = null;
  function show(el) {
    var text = el.getAttribute("data-tip");
    if (!text) return;
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "tooltip";
      tip.setAttribute("role", "tooltip");
      tip.id = "chart-tooltip";
      document.body.appendChild(tip);
    }
    tip.textContent = text; // text, never markup
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var left = window.scrollX + r.left + r.width / 2 - tip.offsetWidth / 2;
    left = Math.max(window.scrollX + 8, Math.min(left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (window.scrollY + r.top - tip.offsetHeight - 8) + "px";
  }
  function hide() { if (tip) tip.hidden = true; }

  document.querySelectorAll("a.mark").forEach(function (a) {
    a.addEventListener("mouseenter", function () { show(a); });
    a.addEventListener("focus", function () { show(a); });
    a.addEventListener("mouseleave", hide);
    a.addEventListener("blur", hide);
  });
})();
