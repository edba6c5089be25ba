/* attrition desk: progressive enhancement. Pages work without this file; with it the
   explorer draws its chart (vega-embed, vendored) and keeps its state in the URL, the
   milestones page draws the fan, the checker answers in place. No network beyond this site. */
(function () {
  "use strict";
  var body = document.body;
  var lang = body.dataset.lang || "en";

  function loadScripts(done) {
    if (window.vegaEmbed) { done(); return; }
    var files = ["/static/vega.min.js", "/static/vega-lite.min.js", "/static/vega-embed.min.js"];
    (function next(i) {
      if (i === files.length) { done(); return; }
      var s = document.createElement("script");
      s.src = files[i];
      s.onload = function () { next(i + 1); };
      document.head.appendChild(s);
    })(0);
  }

  function draw(el, url, params) {
    el.setAttribute("aria-busy", "true");
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error("chart data: HTTP " + r.status); }
      return r.json();
    }).then(function (spec) {
      (spec.params || []).forEach(function (p) {
        if (params && Object.prototype.hasOwnProperty.call(params, p.name)) { p.value = params[p.name]; }
      });
      el.dataset.periods = (spec.usermeta && spec.usermeta.periods) || "";
      el.corrections = (spec.usermeta && spec.usermeta.corrections) || [];
      el.dataset.spec = url;
      return window.vegaEmbed(el, spec, {
        actions: { export: true, source: false, compiled: false, editor: false },
        renderer: "svg"
      });
    }).then(function (result) {
      el.removeAttribute("aria-busy");
      el.dataset.drawn = String(Number(el.dataset.drawn || "0") + 1);
      return result;
    });
  }

  /* ---- explorer ---------------------------------------------------------------- */
  function explorer() {
    var form = document.getElementById("explorer");
    var chart = document.getElementById("chart");
    if (!form || !chart) { return; }
    var q = new URLSearchParams(window.location.search);
    // the URL wins over the server's defaults (a static copy renders defaults only)
    ["category", "from", "to"].forEach(function (name) {
      if (q.get(name) !== null && form.elements[name]) { form.elements[name].value = q.get(name); }
    });
    ["by", "convention"].forEach(function (name) {
      var want = q.get(name);
      if (!want) { return; }
      Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (r) {
        r.checked = r.value === want;
      });
    });
    function state() {
      var data = new FormData(form);
      return {
        category: data.get("category") || "personnel",
        by: data.get("by") || "day",
        convention: data.get("convention") || "loss",
        from: data.get("from") || "",
        to: data.get("to") || ""
      };
    }
    function update(push) {
      var s = state();
      var query = new URLSearchParams();
      query.set("category", s.category);
      query.set("by", s.by);
      query.set("convention", s.convention);
      if (s.from) { query.set("from", s.from); }
      if (s.to) { query.set("to", s.to); }
      var url = window.location.pathname + "?" + query.toString();
      if (push) { window.history.pushState(s, "", url); }
      var kind = s.by === "day" ? "daily" : "monthly";
      var links = { "dl-csv": "/v1/periods/" + s.category + "/" + s.by + ".csv",
                    "dl-png": "/v1/charts/" + lang + "/" + kind + "/" + s.category + ".png",
                    "dl-svg": "/v1/charts/" + lang + "/" + kind + "/" + s.category + ".svg" };
      Object.keys(links).forEach(function (id) {
        var a = document.getElementById(id);
        if (a) { a.href = links[id]; }
      });
      var embed = document.getElementById("embed-link");
      if (embed) { embed.href = embed.getAttribute("href").split("?")[0] + "?" + query.toString(); }
      var sw = document.getElementById("lang-switch");
      if (sw) { sw.href = sw.getAttribute("href").split("?")[0] + "?" + query.toString(); }
      var caption = document.getElementById("chart-caption");
      if (caption) {
        var sel = form.elements.category;
        caption.textContent = sel.options[sel.selectedIndex].text + " — " +
          form.querySelector('input[name="by"]:checked').parentNode.textContent.trim() + ", " +
          form.querySelector('input[name="convention"]:checked').parentNode.textContent.trim();
      }
      var spec = "/v1/specs/" + lang + "/" + s.category + "/" + s.by + "/" + s.convention + ".json";
      return draw(chart, spec, { first: s.from || null, last: s.to || null }).then(function (r) {
        listCorrections(chart.corrections, s.from, s.to);
        return r;
      });
    }
    // each stated correction in the shown range, with its reason (the tooltips say it too)
    function listCorrections(marks, from, to) {
      var box = document.getElementById("corrections-box");
      var list = document.getElementById("corrections");
      if (!box || !list) { return; }
      var shown = marks.filter(function (m) {
        return (!from || m.day >= from) && (!to || m.day <= to);
      });
      list.innerHTML = "";
      shown.forEach(function (m) {
        var li = document.createElement("li");
        var t = document.createElement("time");
        t.dateTime = m.day;
        t.textContent = m.day;
        li.appendChild(t);
        li.appendChild(document.createTextNode(": " + m.reason));
        list.appendChild(li);
      });
      box.hidden = shown.length === 0;
    }
    form.addEventListener("change", function () { update(true); });
    form.addEventListener("submit", function (e) { e.preventDefault(); update(true); });
    window.addEventListener("popstate", function () { window.location.reload(); });
    loadScripts(function () { update(false); });
  }

  /* ---- milestones, compare, territory: a chart whose spec URL is in the page ---- */
  function fixedCharts() {
    var els = document.querySelectorAll("div.chart[data-spec]");
    if (!els.length) { return; }
    loadScripts(function () {
      Array.prototype.forEach.call(els, function (el) { draw(el, el.dataset.spec, null); });
    });
  }

  /* ---- checker ----------------------------------------------------------------- */
  function checker() {
    var form = document.getElementById("checker");
    if (!form) { return; }
    var result = document.getElementById("result");
    function wire() {
      Array.prototype.forEach.call(result.querySelectorAll("mark[data-claim]"), function (m) {
        function show() {
          Array.prototype.forEach.call(result.querySelectorAll(".verdicts li"), function (li) {
            li.classList.remove("current");
          });
          var li = document.getElementById("claim-" + m.dataset.claim);
          if (li) { li.classList.add("current"); li.scrollIntoView({ block: "nearest" }); }
        }
        m.addEventListener("click", show);
        m.addEventListener("keydown", function (e) { if (e.key === "Enter") { show(); } });
      });
    }
    wire();
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var data = new URLSearchParams(new FormData(form));
      result.setAttribute("aria-busy", "true");
      fetch(form.action, { method: "POST", body: data,
                           headers: { "Content-Type": "application/x-www-form-urlencoded" } })
        .then(function (r) {
          if (!r.ok) { throw new Error("HTTP " + r.status); }
          return r.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var fresh = doc.getElementById("result");
          result.innerHTML = fresh ? fresh.innerHTML : "";
          result.removeAttribute("aria-busy");
          wire();
        })
        .catch(function () {
          result.removeAttribute("aria-busy");
          document.getElementById("static-note").hidden = false;
        });
    });
  }

  /* ---- category pickers of /records/… and /milestones/…: go to the category's path ---- */
  Array.prototype.forEach.call(document.querySelectorAll("form.category-nav"), function (form) {
    var select = form.querySelector("select");
    select.addEventListener("change", function () {
      window.location.href = form.dataset.base + select.value + "/";
    });
  });

  explorer();
  fixedCharts();
  checker();
})();
