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

// The country picker: the form works alone (a datalist, then /find); here
// each input becomes a combobox with a listbox that matches names, aliases
// and codes ("Vietnam", "Viet Nam", "VN"), used with the arrow keys, Enter
// and Escape (WAI-ARIA combobox pattern).
(function () {
  "use strict";
  var list = document.getElementById("countries");
  if (!list) return;
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }
  var countries = [].map.call(list.options, function (o) {
    var terms = (o.getAttribute("data-terms") || "").split("|").filter(Boolean);
    return { name: o.value, code: o.getAttribute("data-code"), hint: o.textContent, terms: [o.value].concat(terms).map(fold) };
  });
  function rank(q) {
    var f = fold(q);
    if (!f) return [];
    var scored = [];
    countries.forEach(function (c) {
      var best = 9;
      c.terms.forEach(function (t) {
        var s = t === f ? 0 : t.indexOf(f) === 0 ? 1 : t.indexOf(" " + f) >= 0 ? 2 : t.indexOf(f) >= 0 ? 3 : 9;
        if (s < best) best = s;
      });
      if (best < 9) scored.push({ c: c, s: best });
    });
    scored.sort(function (a, b) { return a.s - b.s || a.c.name.localeCompare(b.c.name); });
    return scored.slice(0, 8).map(function (x) { return x.c; });
  }
  var n = 0;
  document.querySelectorAll("input[data-picker]").forEach(function (input) {
    var id = "picker-list-" + (++n);
    var box = document.createElement("ul");
    box.id = id;
    box.className = "picker-list";
    box.setAttribute("role", "listbox");
    box.setAttribute("aria-label", "Countries");
    box.hidden = true;
    input.parentNode.appendChild(box);
    input.removeAttribute("list");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    var items = [], active = -1;
    function close() {
      box.hidden = true; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark(i) {
      active = i;
      [].forEach.call(box.children, function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      if (i >= 0) { input.setAttribute("aria-activedescendant", box.children[i].id); box.children[i].scrollIntoView({ block: "nearest" }); }
      else input.removeAttribute("aria-activedescendant");
    }
    function choose(c) { input.value = c.name; close(); }
    function open() {
      items = rank(input.value);
      box.textContent = "";
      items.forEach(function (c, i) {
        var li = document.createElement("li");
        li.id = id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var b = document.createElement("span"); b.textContent = c.name;
        var h = document.createElement("span"); h.className = "hint"; h.textContent = c.hint;
        li.appendChild(b); li.appendChild(document.createTextNode(" ")); li.appendChild(h);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(c); });
        box.appendChild(li);
      });
      box.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      mark(items.length ? 0 : -1);
    }
    var chose = false;
    input.addEventListener("keypress", function (e) { if (e.key === "Enter" && chose) e.preventDefault(); });
    input.addEventListener("keyup", function (e) { if (e.key === "Enter") chose = false; });
    input.addEventListener("input", open);
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (box.hidden) open(); else mark(Math.min(active + 1, items.length - 1));
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (!box.hidden) mark(Math.max(active - 1, 0));
      } else if (e.key === "Enter" && !box.hidden && active >= 0) {
        e.preventDefault();
        chose = true; // the Enter that chooses does not also submit
        choose(items[active]);
      } else if (e.key === "Escape" && !box.hidden) {
        e.stopPropagation();
        close();
      }
    });
  });
})();
