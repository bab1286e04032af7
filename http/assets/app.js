// Progressive enhancement only: every page works without this file.
// - "/" focuses the search box; Escape leaves it or closes a tooltip.
// - Timeline marks and cells, target statements and wording links show a
//   styled tooltip on hover and keyboard focus (the SVG <title> remains the
//   fallback and accessible name).
// - Dragging across a timeline zooms it to the dates dragged over.
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

  document.querySelectorAll("a.mark, a.bin, a.pt-link, a.wording").forEach(function (a) {
    a.addEventListener("mouseenter", function () { show(a); });
    a.addEventListener("focus", function () { show(a); });
    a.addEventListener("mouseleave", hide);
    a.addEventListener("blur", hide);
  });

  // Timelines: drag across the chart to show the dates dragged over
  // (?from=&to=, the same parameters as the zoom links and the form).
  document.querySelectorAll("svg.tl[data-t0]").forEach(function (svg) {
    var t0 = +svg.getAttribute("data-t0"), t1 = +svg.getAttribute("data-t1");
    var left = +svg.getAttribute("data-left"), right = +svg.getAttribute("data-right");
    var base = svg.getAttribute("data-base");
    var plot = svg.querySelector("rect.plot");
    if (!base || !plot || !(t1 > t0)) return;
    var ns = "http://www.w3.org/2000/svg", brush = null, start = 0;
    function xOf(e) {
      var p = svg.createSVGPoint();
      p.x = e.clientX; p.y = e.clientY;
      var x = p.matrixTransform(svg.getScreenCTM().inverse()).x;
      return Math.max(left, Math.min(right, x));
    }
    function day(x) {
      var d = new Date(t0 + (t1 - t0) * (x - left) / (right - left));
      return d.toISOString().slice(0, 10);
    }
    svg.addEventListener("pointerdown", function (e) {
      // Touch pans the chart sideways (phones); the links and the form zoom.
      if (e.button !== 0 || e.pointerType === "touch") return;
      start = xOf(e);
      brush = document.createElementNS(ns, "rect");
      brush.setAttribute("class", "brush");
      brush.setAttribute("x", start);
      brush.setAttribute("y", plot.getAttribute("y"));
      brush.setAttribute("width", 0);
      brush.setAttribute("height", plot.getAttribute("height"));
      svg.appendChild(brush);
    });
    svg.addEventListener("pointermove", function (e) {
      if (!brush) return;
      var x = xOf(e);
      brush.setAttribute("x", Math.min(start, x));
      brush.setAttribute("width", Math.abs(x - start));
      e.preventDefault();
    });
    function end(e) {
      if (!brush) return;
      var x = xOf(e), w = Math.abs(x - start);
      brush.remove(); brush = null;
      // A click is a click (marks and cells are links); a drag is a range.
      if (w * svg.getScreenCTM().a < 8) return;
      e.preventDefault();
      location.href = base + "?from=" + day(Math.min(start, x)) + "&to=" + day(Math.max(start, x)) + "#timeline";
    }
    svg.addEventListener("pointerup", end);
    function cancel() { if (brush) { brush.remove(); brush = null; } }
    svg.addEventListener("pointerleave", cancel);
    svg.addEventListener("pointercancel", cancel);
    // A drag that starts on a mark must not follow the link.
    svg.addEventListener("dragstart", function (e) { e.preventDefault(); });
  });
})();
