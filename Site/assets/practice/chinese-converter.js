/* playbook practice: OpenCC conversion (Traditional → Simplified) for folding answers as
   TextFolder does, from the configurations and dictionaries scripts/scorer/make-scorer-language.py
   exports. OpenCC's method: split the text at the longest matches of the segmentation
   dictionary, then run each step of the chain over each segment, taking at each position the
   longest match of the first dictionary of the step's group that has one. Plain script; exposes
   `PlaybookChineseConverter.make(opencc)` → { t2s, tw2sp, hk2s } (functions of a string). */
(function (root) {
  "use strict";

  function dictionary(text) {
    var entries = new Map(), longest = 1;
    text.split("\n").forEach(function (line) {
      var space = line.indexOf(" ");
      if (space <= 0) return;
      var key = line.slice(0, space);
      entries.set(key, line.slice(space + 1));
      longest = Math.max(longest, Array.from(key).length);
    });
    return { entries: entries, longest: longest };
  }

  /* The longest key of `dict` at `index`, as its length in characters (0 when none). */
  function match(dict, characters, index) {
    for (var length = Math.min(dict.longest, characters.length - index); length >= 1; length--) {
      if (dict.entries.has(characters.slice(index, index + length).join(""))) return length;
    }
    return 0;
  }

  function segments(dict, characters) {
    var result = [], pending = [];
    for (var index = 0; index < characters.length;) {
      var length = match(dict, characters, index);
      if (!length) { pending.push(characters[index]); index++; continue; }
      if (pending.length) { result.push(pending); pending = []; }
      result.push(characters.slice(index, index + length));
      index += length;
    }
    if (pending.length) result.push(pending);
    return result;
  }

  function convertStep(group, characters) {
    var output = [];
    for (var index = 0; index < characters.length;) {
      var converted = null, length = 0;
      for (var i = 0; i < group.length && !length; i++) {
        length = match(group[i], characters, index);
        if (length) converted = group[i].entries.get(characters.slice(index, index + length).join(""));
      }
      if (length) { output.push(converted); index += length; } else { output.push(characters[index]); index++; }
    }
    return Array.from(output.join(""));
  }

  function make(opencc) {
    var dictionaries = {};
    Object.keys(opencc.dictionaries).forEach(function (name) { dictionaries[name] = dictionary(opencc.dictionaries[name]); });
    var converters = {};
    Object.keys(opencc.configs).forEach(function (name) {
      var config = opencc.configs[name];
      var chain = config.chain.map(function (step) { return step.map(function (file) { return dictionaries[file]; }); });
      converters[name] = function (text) {
        return segments(dictionaries[config.segmentation], Array.from(text)).map(function (segment) {
          return chain.reduce(function (characters, group) { return convertStep(group, characters); }, segment).join("");
        }).join("");
      };
    });
    return converters;
  }

  root.PlaybookChineseConverter = { make: make };
})(typeof window !== "undefined" ? window : globalThis);
