/* playbook practice: the "sync with the team hub" panel. Shown when the page is served by a hub
   (or built with `hub:` in playbook.md): the learner pastes their access token once; the panel says
   when the answers last reached the hub, how many wait, and why a sync failed. Syncs on load, after
   each answer (`changed()`), when the browser comes back online, and on a retry timer.
   Needs practice-dom.js, practice-api.js and hub-sync.js. Defines the global `PlaybookSyncPanel`. */
(function (global) {
  "use strict";

  /** Looks for a hub; when there is one, builds the panel into `node` (hidden until then).
      Returns {changed(), setStrings(s)}. */
  function attach(node, strings) {
    var el = global.PlaybookPracticeDOM.el;
    var api = global.PlaybookPractice;
    var c = api.context();
    var s = strings;
    var syncer = null;
    node.hidden = true;

    function draw(status) {
      if (!syncer) return;
      var st = status || syncer.status();
      node.hidden = false;
      var parts = [el("h2", { text: s.t("practice.hub.title") }), el("p", { "class": "pr-muted", text: s.t("practice.hub.server", { address: st.base }) })];
      if (!st.signedIn) {
        var input = el("input", { type: "password", id: "pr-hub-token", autocomplete: "off", spellcheck: "false", "class": "pr-hub-token" });
        var submit = function (event) { if (event) event.preventDefault(); syncer.signIn(input.value); };
        parts.push(el("form", { "class": "pr-hub-form", onsubmit: submit }, [
          el("label", { "for": "pr-hub-token", text: s.t("practice.hub.tokenLabel") }), input,
          el("button", { type: "submit", "class": "pr-primary", id: "pr-hub-signin", text: s.t("practice.hub.signIn") }),
        ]));
        parts.push(el("p", { "class": "pr-muted", text: s.t("practice.hub.tokenHelp") }));
        if (st.pending) parts.push(el("p", { id: "pr-hub-pending", "data-pending": String(st.pending), text: s.t("practice.hub.pending", { n: st.pending }) }));
      } else {
        parts.push(el("p", { id: "pr-hub-synced", text: st.lastSyncedAt === null ? s.t("practice.hub.neverSynced")
          : s.t("practice.lastSynced", { date: s.date(st.lastSyncedAt) }) }));
        parts.push(el("p", { id: "pr-hub-pending", "data-pending": String(st.pending), "data-state": st.state,
          text: st.state === "syncing" ? s.t("practice.hub.syncing")
            : st.pending ? s.t("practice.hub.pending", { n: st.pending }) : s.t("practice.hub.allSynced") }));
        var problem = message(st);
        if (problem) parts.push(el("p", { id: "pr-hub-error", "class": "pr-error", role: "alert", text: problem }));
        if (st.refused) parts.push(el("p", { "class": "pr-muted", text: s.t("practice.hub.refused", { n: st.refused, error: st.lastRefusal }) }));
        parts.push(el("div", { "class": "pr-actions" }, [
          el("button", { type: "button", "class": "pr-secondary", id: "pr-hub-sync", onclick: function () { syncer.sync(); },
            text: s.t("practice.hub.syncNow") }),
          el("button", { type: "button", "class": "pr-link", id: "pr-hub-signout", onclick: function () { syncer.signOut(); },
            text: s.t("practice.hub.signOut") }),
        ]));
      }
      global.PlaybookPracticeDOM.fill(node, parts);
    }

    /* Why the last sync stopped, in words. */
    function message(st) {
      switch (st.state) {
        case "unauthorized": return s.t("practice.hub.unauthorized");
        case "forbidden": return s.t("practice.hub.forbidden");
        case "tooLarge": return s.t("practice.hub.tooLarge");
        case "unavailable": return s.t("practice.hub.unavailable");
        case "offline": return s.t("practice.hub.offline");
        case "failed": return s.t("practice.hub.failed", { error: st.message || "" });
        default: return null;
      }
    }

    var main = global.document.getElementById("practice");
    var root = (main && main.getAttribute("data-root")) || "../";
    var fetchFn = global.fetch ? global.fetch.bind(global) : null;
    global.PlaybookHubSync.detect(fetchFn, global.location, root, c.deck.settings && c.deck.settings.hub).then(function (base) {
      if (!base || !fetchFn) return;
      syncer = global.PlaybookHubSync.open(c.store, global.localStorage, base, {
        fetch: fetchFn, now: api.now, onChange: draw,
        setTimeout: global.setTimeout.bind(global), clearTimeout: global.clearTimeout.bind(global),
      });
      global.addEventListener("online", function () { syncer.sync(); });
      draw();
      syncer.sync();
    });

    return {
      /** An answer or exam was stored: send it. */
      changed: function () { if (syncer) syncer.sync(); },
      setStrings: function (next) { s = next; draw(); },
    };
  }

  global.PlaybookSyncPanel = { attach: attach };
})(typeof window !== "undefined" ? window : globalThis);
