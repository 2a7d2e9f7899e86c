/* playbook practice: numbers in Chinese numerals and lengths of time, ported from
   Sources/PlaybookCore/Language/ChineseNumber.swift and TimeSpan.swift. Plain script; exposes
   `PlaybookNumbers.numbers(characters)`, `.spans(characters)` and `.isNumeral(character)`. */
(function (root) {
  "use strict";

  var DIGITS = { "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };
  var UNITS = { "十": 10, "百": 100, "千": 1000 };

  function isNumeral(c) { return DIGITS[c] !== undefined || UNITS[c] !== undefined; }

  /* 十五 = 15, 五十 = 50, 三百零五 = 305, 一二三 = 123 digit by digit; null when not a number. */
  function value(characters) {
    if (!characters.length || !characters.every(isNumeral)) return null;
    if (characters.every(function (c) { return DIGITS[c] !== undefined; })) {
      return characters.reduce(function (sum, c) { return sum * 10 + DIGITS[c]; }, 0);
    }
    var total = 0, pending = null, lastUnit = Infinity;
    for (var index = 0; index < characters.length; index++) {
      var c = characters[index];
      if (DIGITS[c] !== undefined) {
        if (pending !== null && DIGITS[c] !== 0) return null;
        pending = DIGITS[c] === 0 ? null : DIGITS[c];
      } else {
        var unit = UNITS[c];
        if (unit >= lastUnit) return null;
        if (pending !== null) total += pending * unit;
        else if (index === 0 && unit === 10) total = 10;
        else return null;
        pending = null;
        lastUnit = unit;
      }
    }
    return total + (pending || 0);
  }

  function numbers(characters) {
    var result = [], start = 0;
    while (start < characters.length) {
      if (!isNumeral(characters[start])) { start++; continue; }
      var end = start + 1;
      while (end < characters.length && isNumeral(characters[end])) end++;
      var v = value(characters.slice(start, end));
      if (v !== null) result.push({ digits: String(v), range: [start, end] });
      start = end;
    }
    return result;
  }

  function unit(word, days, options) {
    return Object.assign({ word: Array.from(word), days: days }, options || {});
  }
  var WORKING = { working: true }, HOUR = 1 / 24, YEAR = { isYear: true };
  var TIME_UNITS = [
    unit("工作日", 1, WORKING), unit("workingdays", 1, WORKING), unit("workingday", 1, WORKING),
    unit("businessdays", 1, WORKING), unit("businessday", 1, WORKING),
    unit("星期", 7), unit("礼拜", 7), unit("weeks", 7), unit("week", 7), unit("小时", HOUR), unit("钟头", HOUR),
    unit("hours", HOUR), unit("hour", HOUR), unit("天", 1), unit("days", 1), unit("day", 1),
    unit("周", 7), unit("月", 30, { needsCount: true }), unit("months", 30), unit("month", 30),
    unit("年", 365, YEAR), unit("years", 365, YEAR), unit("year", 365, YEAR),
  ];
  var MORE = ["多一点", "多点", "多", "出头"].map(function (w) { return Array.from(w); });
  var ABOUT = ["左右", "上下", "前后"].map(function (w) { return Array.from(w); });

  function has(word, index, characters) {
    if (index + word.length > characters.length) return false;
    for (var i = 0; i < word.length; i++) if (characters[index + i] !== word[i]) return false;
    return true;
  }

  /* A number at `start`: [value, size of its last place, end]. */
  function numberAt(start, characters) {
    if (characters[start] === "半") return [0.5, 0.5, start + 1];
    var end = start;
    if (/[0-9]/.test(characters[start])) {
      while (end < characters.length && /[0-9]/.test(characters[end])) end++;
      return [Number(characters.slice(start, end).join("")), 1, end];
    }
    while (end < characters.length && isNumeral(characters[end])) end++;
    var v = end > start ? value(characters.slice(start, end)) : null;
    if (v === null) return null;
    var last = characters[end - 1];
    return [v, last === "十" ? 10 : last === "百" ? 100 : 1, end];
  }

  function spanAt(start, characters) {
    var number = numberAt(start, characters);
    if (!number) return null;
    var count = number[0], step = number[1], index = number[2];
    var counted = characters[index] === "个";
    if (counted) index++;
    var plus = false;
    if (characters[index] === "多" || characters[index] === "来") { plus = true; index++; }
    var found = TIME_UNITS.find(function (u) { return has(u.word, index, characters); });
    if (!found || (found.needsCount && !counted) || (found.isYear && count >= 100)) return null;
    index += found.word.length;
    var low = count * found.days, high = low;
    if (found.working) high = count + 2 * Math.ceil(count / 5);
    if (characters[index] === "半") { low += found.days / 2; high += found.days / 2; index++; }
    var more = MORE.find(function (w) { return has(w, index, characters); });
    var about = ABOUT.find(function (w) { return has(w, index, characters); });
    if (plus) high += step * found.days;
    else if (more) { high += found.days; index += more.length; }
    else if (about) { low *= 0.8; high *= 1.2; index += about.length; }
    return { low: low, high: high, range: [start, index] };
  }

  /* Lengths of time in folded, space-free characters, as ranges of calendar days. */
  function spans(characters) {
    var result = [], start = 0;
    while (start < characters.length) {
      var span = spanAt(start, characters);
      if (span) { result.push(span); start = span.range[1]; continue; }
      var number = numberAt(start, characters);
      start = number ? number[2] : start + 1;
    }
    return result;
  }

  function overlaps(a, b) { return a.low <= b.high && b.low <= a.high; }

  root.PlaybookNumbers = { numbers: numbers, spans: spans, overlaps: overlaps, isNumeral: isNumeral };
})(typeof window !== "undefined" ? window : globalThis);
