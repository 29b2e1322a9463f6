(function () {
  "use strict";
  var q = document.getElementById("q");
  var count = document.getElementById("count");
  var panel = document.getElementById("panel");
  var items = document.querySelectorAll(".filterable");
  function filter() {
    var t = q.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var ok = !t || items[i].textContent.toLowerCase().indexOf(t) >= 0;
      items[i].hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = t ? shown + " of " + items.length + " shown" : "";
  }
  q.addEventListener("input", filter);
  function show(title, raw, where) {
    panel.querySelector(".title").textContent = title;
    panel.querySelector(".raw").textContent = raw;
    panel.querySelector(".where").textContent = where;
    panel.hidden = false;
  }
  panel.querySelector("button").addEventListener("click", function () { panel.hidden = true; });
  document.addEventListener("click", function (e) {
    var el = e.target.closest("[data-ev]");
    if (el) {
      e.preventDefault();
      var hits = document.querySelectorAll("mark.hit");
      for (var i = 0; i < hits.length; i++) { hits[i].classList.remove("hit"); }
      var keys = el.getAttribute("data-ev").split(" ");
      var first = null;
      keys.forEach(function (k) {
        if (!k) { return; }
        var marks = document.querySelectorAll('mark[data-s~="' + k + '"]');
        for (var j = 0; j < marks.length; j++) {
          marks[j].classList.add("hit");
          if (!first) { first = marks[j]; }
        }
      });
      if (first) {
        var box = first.closest("details");
        if (box) { box.open = true; }
        var host = first.closest(".filterable");
        if (host) { host.hidden = false; }
        first.scrollIntoView({block: "center"});
      }
      show(el.getAttribute("data-title") || el.textContent, el.getAttribute("data-raw") || "",
           el.getAttribute("data-where") || (first ? "" : "evidence not shown in this report"));
      return;
    }
    var m = e.target.closest("mark[data-info]");
    if (m) { show(m.getAttribute("data-info"), m.textContent, m.getAttribute("data-where") || ""); }
  });
}());
