/* playbook practice: the parts of a card on screen — question, answer, typed-answer evidence,
   options and rating buttons — as the terminal drill shows them (Sources/playbook/DrillRunner.swift).
   Needs practice-dom.js. Defines the global `PlaybookPracticeCardView`. */
(function (global) {
  "use strict";

  /* Resolved when used: the page's scripts may load in any order. */
  function el(tag, attrs, children) { return global.PlaybookPracticeDOM.el(tag, attrs, children); }

  /** The question: progress, tags (new/due or exam, kind, changed), front, and the hint of
      non-objection cards. */
  function question(s, info) {
    var tags = [info.exam ? s.t("exam") : info.entry.isNew ? s.t("new") : s.t("due"), s.kind(info.kind)];
    var percent = info.total ? Math.round(100 * info.position / info.total) : 0;
    return el("section", { "class": "pr-question", "data-card": info.entry.id, "aria-live": "polite" }, [
      el("div", { "class": "pr-progress" }, [
        el("div", { "class": "pr-bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": String(info.total),
          "aria-valuenow": String(info.position) }, [el("span", { style: "width:" + percent + "%" })]),
        el("span", { "class": "pr-count", text: (info.position + 1) + " / " + info.total }),
      ]),
      el("p", { "class": "pr-tags" }, tags.map(function (tag) { return el("span", { "class": "pr-tag", text: tag }); })
        .concat(info.entry.changed ? [el("span", { "class": "pr-tag pr-changed", text: s.t("changed") })] : [])),
      el("h2", { "class": "pr-front", text: info.card.front }),
      info.card.hint && info.kind.id !== "objection" ? el("p", { "class": "pr-hint", text: s.heading("hint") + info.card.hint }) : null,
    ]);
  }

  /** The answer: back, key points (objections), never-say phrases, and a link to the card's page. */
  function answer(s, card, kind, root) {
    return el("section", { "class": "pr-answer" }, [
      el("h3", { text: s.t("answer") }),
      el("p", { "class": "pr-back", text: card.back }),
      card.keyPoints && card.keyPoints.length && kind.id === "objection"
        ? el("p", { "class": "pr-keypoints" }, [el("strong", { text: s.heading("keyPoints") }), card.keyPoints.join(" / ")]) : null,
      card.avoid && card.avoid.length
        ? el("p", { "class": "pr-avoid" }, [el("strong", { text: s.heading("avoid") }), card.avoid.join(" / ")]) : null,
      card.page ? el("p", { "class": "pr-page" }, [el("a", { href: root + card.page, text: s.t("practice.openPage") })]) : null,
    ]);
  }

  function evidenceWords(point) {
    return point.evidence.map(function (e) {
      return e.keyPointWord === e.answerWord ? e.answerWord : e.keyPointWord + "≈" + e.answerWord;
    }).join(" · ");
  }

  /** The scored answer: score, each key point covered or missed with the words that matched,
      never-say phrases found, and the answer with the matched words marked. */
  function evidence(s, result, answerText) {
    var ranges = [];
    result.keyPoints.forEach(function (p) { if (p.covered) p.evidence.forEach(function (e) { ranges.push(e.answerRange); }); });
    var flagRanges = result.flags.map(function (f) { return [f.answerRange[0], f.answerRange[1], "pr-flagged"]; });
    return el("section", { "class": "pr-evidence" }, [
      el("p", { "class": "pr-score" + (result.neverSay.length ? " pr-bad" : "") }, [
        el("strong", { text: s.heading("score") }), s.score(result.score)]),
      el("ul", { "class": "pr-points" }, result.keyPoints.map(function (p) {
        var words = evidenceWords(p);
        return el("li", { "class": p.covered ? "pr-covered" : "pr-missed" }, [
          el("span", { "class": "pr-mark", "aria-hidden": "true", text: p.covered ? "✓" : "✗" }),
          el("span", { "class": "pr-sr", text: s.t(p.covered ? "covered" : "missed") + " " }),
          el("span", { text: p.keyPoint }),
          words && p.covered ? el("span", { "class": "pr-words", text: words }) : null,
        ]);
      }).concat(result.flags.map(function (f) {
        return el("li", { "class": "pr-flag" }, [
          el("span", { "class": "pr-mark", "aria-hidden": "true", text: "⚠" }),
          el("span", { text: s.heading("flagged") + f.phrase }),
          f.stretch ? el("span", { "class": "pr-words", text: f.stretch }) : null,
        ]);
      }))),
      el("blockquote", { "class": "pr-typed" }, global.PlaybookPracticeDOM.marked(answerText, ranges.concat(flagRanges))),
    ]);
  }

  /** Four rating buttons (1–4); the suggested one is marked. */
  function ratings(s, suggested, onRate) {
    return el("div", { "class": "pr-rate" }, [
      suggested ? el("p", { "class": "pr-suggested", text: s.heading("suggested") + suggested + " " + s.rating(suggested) }) : null,
      el("div", { "class": "pr-rate-buttons", role: "group", "aria-label": s.t("practice.rateIt") }, [1, 2, 3, 4].map(function (n) {
        return el("button", { type: "button", "class": "pr-rating pr-r" + n + (n === suggested ? " pr-is-suggested" : ""),
          "data-rating": String(n), onclick: function () { onRate(n); } },
        [el("kbd", { text: String(n) }), " " + s.rating(n)]);
      })),
    ]);
  }

  /** The options of a choice question; `onSubmit(indices)`. One right answer: a tap answers;
      several: check boxes and a submit button. */
  function options(s, opts, onSubmit) {
    var multiple = opts.right.length > 1;
    var list = el("ol", { "class": "pr-options" }, opts.texts.map(function (text, i) {
      if (!multiple) {
        return el("li", null, [el("button", { type: "button", "class": "pr-option", "data-option": String(i),
          onclick: function () { onSubmit([i]); } }, [el("kbd", { text: String(i + 1) }), " " + text])]);
      }
      return el("li", null, [el("label", { "class": "pr-option" }, [
        el("input", { type: "checkbox", value: String(i) }), " " + text])]);
    }));
    var submit = multiple ? el("button", { type: "button", "class": "pr-primary", onclick: function () {
      var chosen = Array.prototype.filter.call(list.querySelectorAll("input"), function (c) { return c.checked; })
        .map(function (c) { return +c.value; });
      onSubmit(chosen);
    }, text: s.t("practice.submit") }) : null;
    return el("div", { "class": "pr-choice" }, [list, submit]);
  }

  /** What was chosen: right or wrong, with the right option(s). */
  function choiceResult(s, opts, chosen, right) {
    return el("p", { "class": right ? "pr-right" : "pr-wrong" }, right ? [s.t("correctChoice")]
      : [s.t("wrongChoice") + " ", el("strong", { text: opts.right.map(function (i) { return (i + 1) + ". " + opts.texts[i]; }).join(" / ") })]);
  }

  global.PlaybookPracticeCardView = {
    question: question, answer: answer, evidence: evidence, ratings: ratings, options: options, choiceResult: choiceResult,
  };
})(typeof window !== "undefined" ? window : globalThis);
