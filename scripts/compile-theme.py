#!/usr/bin/env python3
"""Compiles the built-in theme (Templates/*.mustache) into Swift over the typed page models.

    scripts/compile-theme.py          # regenerate
    scripts/compile-theme.py --check  # exit 1 if a generated file is stale
    scripts/compile-theme.py --templates DIR --dry-run   # only check DIR's templates compile (exit 2 if not)

Reads the page models (the structs in Sources/PlaybookSite/Theme/*.swift: stored `let`/`var`
fields and one-line computed `var`s, and each page model's `static let template`) and writes:

- Theme/PageModels+Mustache.generated.swift: each struct's `child(named:)` (swift-mustache's
  `MustacheParent`, so a user's template renders from the same models without Mirror) and
  `mix(into:)` (its render key);
- Theme/CompiledTheme.generated.swift: for each page model, its template and the layout as
  Swift that appends the page's bytes, with every name resolved at generation time.

Names resolve as swift-mustache resolves them at run time: up the context stack, skipping a
context without the field or whose optional field is nil, so both paths write the same bytes (a
test compares them on every page). A name no context on the stack declares stops generation, as
does a Mustache feature the compiler does not handle (set delimiters, inheritance, dynamic or
indented partials, transforms, content types other than HTML).
"""
import glob
import os
import re
import sys

from generated_file import write_or_check
from mustache_parser import CompileError, TemplateParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATES = os.path.join(ROOT, "Templates")
THEME = os.path.join(ROOT, "Sources", "PlaybookSite", "Theme")
UITEXT = os.path.join(ROOT, "Sources", "PlaybookSite", "Pages", "UIText.swift")
PARENTS_TARGET = os.path.join(THEME, "PageModels+Mustache.generated.swift")
THEME_TARGET = os.path.join(THEME, "CompiledTheme.generated.swift")
SCRIPT = "compile-theme.py"


# ---------------------------------------------------------------- models

class Struct:
    def __init__(self, name, conformances):
        self.name = name
        self.conformances = conformances
        self.fields = []  # (name, type, stored)
        self.template = None
        self.generated = {}  # computed flags the generator adds: name → (Swift type, expression)

    def field(self, name):
        for field in self.fields:
            if field[0] == name:
                return field
        return None


def parse_type(text):
    text = text.strip()
    if text.endswith("?"):
        return ("opt", parse_type(text[:-1]))
    if text == "[String: String]":
        return ("dict",)
    if text.startswith("[") and text.endswith("]"):
        return ("array", parse_type(text[1:-1]))
    return {"String": ("str",), "Bool": ("bool",), "Int": ("int",)}.get(text, ("struct", text))


def read_models():
    structs = {}
    for path in sorted(glob.glob(os.path.join(THEME, "*.swift"))):
        if path.endswith(".generated.swift"):
            continue
        current = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            start = re.match(r"^struct (\w+)(?:: ([\w, ]+))? \{", line)
            if start:
                current = Struct(start.group(1), [c.strip() for c in (start.group(2) or "").split(",") if c.strip()])
                if "MustacheParent" in current.conformances:
                    current = None  # written by hand (PageScope)
                else:
                    structs[current.name] = current
                continue
            if current is None:
                continue
            if line == "}":
                current = None
                continue
            template = re.match(r'^    static let template = "([\w-]+)"$', line)
            computed = re.match(r"^    var (\w+): (.+?) \{.*\}$", line)
            stored = re.match(r"^    (?:let|var) (\w+): ([^={]+?)(?: = .*)?$", line)
            if template:
                current.template = template.group(1)
            elif computed:
                current.fields.append((computed.group(1), parse_type(computed.group(2)), False))
            elif stored:
                current.fields.append((stored.group(1), parse_type(stored.group(2)), True))
    for struct in structs.values():
        for name, type, _ in struct.fields:
            check_type(type, structs, f"{struct.name}.{name}")
        if struct.template:
            add_emptiness_flags(struct)
    return structs


def add_emptiness_flags(struct):
    """`hasItems` for every list `items` of a page model that declares no such flag: Mustache
    cannot test a list for emptiness (docs/templates.md promises these to template authors)."""
    for name, type, _ in list(struct.fields):
        flag = "has" + name[0].upper() + name[1:]
        if struct.field(flag) is not None:
            continue
        if type[0] == "array":
            struct.fields.append((flag, ("bool",), False))
            struct.generated[flag] = ("Bool", f"!{name}.isEmpty")
        elif type[0] == "opt" and type[1][0] == "array":
            struct.fields.append((flag, ("opt", ("bool",)), False))
            struct.generated[flag] = ("Bool?", f"{name}.map {{ !$0.isEmpty }}")


def check_type(type, structs, where):
    if type[0] in ("opt", "array"):
        check_type(type[1], structs, where)
    elif type[0] == "struct" and type[1] not in structs:
        raise CompileError(f"{where}: type {type[1]} is not a page model struct in Sources/PlaybookSite/Theme")


def interface_keys():
    """The keys of the English interface text, which `t.KEY` may name."""
    text = open(UITEXT, encoding="utf-8").read()
    english = text[text.index("static let english"):]
    english = english[: english.index("\n    ]")]
    return set(re.findall(r'"([\w.]+)":', english))


SHOWN = {}  # template name → its path as messages show it


def read_templates():
    templates = {}
    for path in sorted(glob.glob(os.path.join(TEMPLATES, "*.mustache"))):
        name = os.path.basename(path)[: -len(".mustache")]
        text = open(path, encoding="utf-8").read()
        shown = os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path
        SHOWN[name] = shown
        templates[name] = TemplateParser(text, shown).parse()
    return templates


# ---------------------------------------------------------------- code generation

def swift_string(text):
    out = []
    for ch in text:
        out.append({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, ch))
    return '"' + "".join(out) + '"'


class Compiler:
    def __init__(self, structs, templates, keys):
        self.structs, self.templates, self.keys = structs, templates, keys
        self.counter = 0

    def fresh(self):
        self.counter += 1
        return f"v{self.counter}"

    def describe(self, type):
        if type[0] == "struct":
            return type[1]
        return {"str": "a string", "int": "a number", "bool": "a flag", "array": "a list", "dict": "a table",
                "opaque": "a list"}.get(type[0], type[0])

    def compile(self, nodes, stack, file, depth, partials=()):
        lines = []
        pending = []

        def flush():
            if pending:
                lines.append("    " * depth + f"out += {swift_string(''.join(pending))}")
                pending.clear()

        for node in nodes:
            if node.kind == "text":
                pending.append(node.text)
                continue
            flush()
            where = f"{file}:{node.line}:{node.column}"
            if node.kind == "partial":
                if node.name not in self.templates:
                    raise CompileError(f"{where}: partial {node.name} is not a template in Templates/")
                if node.name in partials:
                    raise CompileError(f"{where}: partial {node.name} includes itself")
                lines += self.compile(self.templates[node.name], stack, SHOWN[node.name], depth,
                                      partials + (node.name,))
            elif node.kind in ("var", "raw"):
                lines += self.lookup(node.name, stack, where, depth,
                                     lambda expr, type, d: self.emit_value(expr, type, node.kind == "raw", where, d),
                                     lambda d: [])
            elif node.kind == "section":
                lines += self.lookup(node.name, stack, where, depth,
                                     lambda expr, type, d, node=node: self.section(expr, type, node, stack, file, d, partials),
                                     lambda d: [])
            elif node.kind == "inverted":
                lines += self.lookup(node.name, stack, where, depth,
                                     lambda expr, type, d, node=node: self.inverted(expr, type, node, stack, file, d, partials),
                                     lambda d, node=node: self.compile(node.children, stack, file, d, partials))
        flush()
        return lines

    def emit_value(self, expr, type, raw, where, depth):
        pad = "    " * depth
        if type[0] == "str":
            return [pad + (f"out += {expr}" if raw else f"HTMLEscaping.append({expr}, to: &out)")]
        if type[0] == "int":
            return [pad + f"out += String({expr})"]
        if type[0] == "bool":
            return [pad + f'out += {expr} ? "true" : "false"']
        raise CompileError(f"{where}: cannot show {self.describe(type)} as text")

    def section(self, expr, type, node, stack, file, depth, partials):
        pad = "    " * depth
        if type[0] == "bool":
            return [pad + f"if {expr} {{"] + self.compile(node.children, stack, file, depth + 1, partials) + [pad + "}"]
        if type[0] == "array":
            element = self.fresh()
            return ([pad + f"for {element} in {expr} {{"]
                    + self.compile(node.children, stack + [(element, type[1])], file, depth + 1, partials) + [pad + "}"])
        if type[0] in ("str", "int", "struct"):
            value = self.fresh()
            body = self.compile(node.children, stack + [(value, type)], file, depth + 1, partials)
            bind = [pad + f"    let {value} = {expr}"] if uses(body, value) else []
            return [pad + "do {"] + bind + body + [pad + "}"]
        raise CompileError(f"{file}:{node.line}:{node.column}: a section over {self.describe(type)} is not supported")

    def inverted(self, expr, type, node, stack, file, depth, partials):
        pad = "    " * depth
        if type[0] == "bool":
            return [pad + f"if !{expr} {{"] + self.compile(node.children, stack, file, depth + 1, partials) + [pad + "}"]
        if type[0] == "array":
            return ([pad + f"if {expr}.isEmpty {{"]
                    + self.compile(node.children, stack + [("", ("opaque",))], file, depth + 1, partials) + [pad + "}"])
        if type[0] in ("str", "int", "struct"):
            return []
        raise CompileError(f"{file}:{node.line}:{node.column}: an inverted section over {self.describe(type)} is not supported")

    def lookup(self, name, stack, where, depth, found, missing):
        """Code for resolving `name` on `stack` (innermost last), as swift-mustache's
        getChild: `found(expr, type, depth)` where it resolves, `missing(depth)` where not."""
        if name == ".":
            expr, type = stack[-1]
            if type[0] not in ("str", "int"):
                raise CompileError(f"{where}: {{{{.}}}} names {self.describe(type)}, not a string or number")
            return found(expr, type, depth)
        parts = name.split(".")
        if "" in parts:
            raise CompileError(f"{where}: names starting with a dot are not supported")
        candidates = []
        for expr, type in reversed(stack):
            if type[0] != "struct":
                continue
            field = self.structs[type[1]].field(parts[0])
            if field is None:
                continue
            candidates.append((f"{expr}.{parts[0]}", field[1]))
            if field[1][0] != "opt":
                break
        if not candidates:
            kinds = " or ".join(dict.fromkeys(t[1] for _, t in reversed(stack) if t[0] == "struct"))
            raise CompileError(f"{where}: `{parts[0]}` is not a field of {kinds}: add it to the page model or correct the name")
        return self.chain(candidates, parts[1:], where, depth, found, missing)

    def chain(self, candidates, rest, where, depth, found, missing):
        pad = "    " * depth
        expr, type = candidates[0]
        if type[0] != "opt":
            return self.descend(expr, type, rest, where, depth, found, missing)
        value = self.fresh()
        inner = self.descend(value, type[1], rest, where, depth + 1, found, missing)
        lines = [pad + (f"if let {value} = {expr} {{" if uses(inner, value) else f"if {expr} != nil {{")] + inner
        otherwise = (self.chain(candidates[1:], rest, where, depth + 1, found, missing) if len(candidates) > 1
                     else missing(depth + 1))
        if otherwise:
            lines += [pad + "} else {"] + otherwise
        return lines + [pad + "}"]

    def descend(self, expr, type, rest, where, depth, found, missing):
        """The rest of a dotted name inside `expr`: no climbing the stack any more."""
        if not rest:
            return found(expr, type, depth)
        pad = "    " * depth
        key = rest[0]
        if type[0] == "dict":
            if key not in self.keys:
                raise CompileError(f"{where}: `t.{key}` is not an interface text key (Pages/UIText.swift)")
            if len(rest) > 1:
                raise CompileError(f"{where}: `{key}` is a string; it has no fields")
            value = self.fresh()
            lines = [pad + f"if let {value} = {expr}[{swift_string(key)}] {{"] + found(value, ("str",), depth + 1)
            otherwise = missing(depth + 1)
            return lines + ([pad + "} else {"] + otherwise if otherwise else []) + [pad + "}"]
        if type[0] != "struct":
            raise CompileError(f"{where}: `{key}` looked up in {self.describe(type)}, which has no fields")
        field = self.structs[type[1]].field(key)
        if field is None:
            raise CompileError(f"{where}: {type[1]} has no field `{key}`: add it to the model or correct the name")
        return self.chain([(f"{expr}.{key}", field[1])], rest[1:], where, depth, found, missing)


def uses(lines, name):
    """Whether generated `lines` mention the variable `name`."""
    pattern = re.compile(r"\b" + re.escape(name) + r"\b")
    return any(pattern.search(line) for line in lines)


def generate_parents(structs):
    out = ["// Generated by scripts/compile-theme.py from the structs in this folder. Do not edit; run the script.",
           "", "import Mustache", "import PlaybookCore", ""]
    for struct in sorted(structs.values(), key=lambda s: s.name):
        conformances = [] if "PageModel" in struct.conformances else ["MustacheParent", "RenderKeyValue"]
        header = f"extension {struct.name}" + (": " + ", ".join(conformances) if conformances else "")
        out.append(header + " {")
        for name, (type, expression) in struct.generated.items():
            out.append(f"    var {name}: {type} {{ {expression} }}")
            out.append("")
        out.append("    func child(named key: String) -> Any? {")
        out.append("        switch key {")
        for name, _, _ in struct.fields:
            out.append(f'        case "{name}": return {name}')
        out.append("        default: return nil")
        out.append("        }")
        out.append("    }")
        out.append("")
        out.append("    func mix(into hash: inout FNV1a) {")
        for name, _, stored in struct.fields:
            if stored:
                out.append(f"        {name}.mix(into: &hash)")
        out.append("    }")
        out.append("}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def generate_theme(structs, templates, keys):
    compiler = Compiler(structs, templates, keys)
    models = sorted((s for s in structs.values() if s.template), key=lambda s: s.name)
    for model in models:
        if model.template not in templates:
            raise CompileError(f"{model.name}: its template {model.template} is not in Templates/")
    if "layout" not in templates:
        raise CompileError("Templates/layout.mustache is missing")
    out = ["// Generated by scripts/compile-theme.py from Templates/*.mustache. Do not edit; run the script.",
           "", "import PlaybookCore", "",
           "/// The built-in theme compiled to Swift: each page model's template and the layout, writing",
           "/// the bytes swift-mustache would write for the same model (see `scripts/compile-theme.py`).",
           "enum CompiledTheme {",
           "    /// The built-in templates compiled here: a user's file of the same name replaces it.",
           "    static let templates: [String: Set<String>] = ["]
    for model in models:
        used = sorted(set([model.template]) | partials_of(model.template, templates))
        out.append(f'        "{model.template}": [{", ".join(swift_string(u) for u in used)}],')
    out.append(f'        "layout": [{", ".join(swift_string(u) for u in sorted({"layout"} | partials_of("layout", templates)))}],')
    out.append("    ]")
    out.append("")
    out.append("    /// The page's body, from its model's built-in template.")
    out.append("    static func body(_ model: any PageModel, frame: PageFrame) -> String {")
    out.append("        switch model {")
    for model in models:
        out.append(f"        case let page as {model.name}: return body(page, frame: frame)")
    out.append('        default: preconditionFailure("no compiled template for \\(type(of: model))")')
    out.append("        }")
    out.append("    }")
    out.append("")
    def compiled(template, model):
        compiler.counter = 0
        stack = [("frame", ("struct", "PageFrame")), ("page", ("struct", model.name))]
        return compiler.compile(templates[template], stack, SHOWN[template], 2)

    def function(name, parameters, body, capacity):
        return (["", f"    private static func {name}({parameters}) -> String {{", "        var out = \"\"",
                 f"        out.reserveCapacity({capacity})"] + body + ["        return out", "    }"])

    # The layout names few fields a model could hold: where it resolves every name in the frame
    # for a model, that model shares one compiled layout.
    layouts = {model.name: compiled("layout", model) for model in models}
    own = [model for model in models if any(re.search(r"\bpage\.", line) for line in layouts[model.name])]
    out.append("    /// The whole page: the built-in layout around `frame.content`.")
    out.append("    static func layout(_ model: any PageModel, frame: PageFrame) -> String {")
    out.append("        switch model {")
    for model in own:
        out.append(f"        case let page as {model.name}: return layout(page, frame: frame)")
    out.append("        default: return layout(frame: frame)")
    out.append("        }")
    out.append("    }")
    shared = next((layouts[m.name] for m in models if m not in own), None)
    if shared is not None:
        out += function("layout", "frame: PageFrame", shared, 8192)
    for model in own:
        out += function("layout", f"_ page: {model.name}, frame: PageFrame", layouts[model.name], 8192)
    for model in models:
        out += function("body", f"_ page: {model.name}, frame: PageFrame", compiled(model.template, model), 4096)
    out.append("}")
    return "\n".join(out) + "\n"


def partials_of(name, templates, seen=None):
    seen = set() if seen is None else seen

    def walk(nodes):
        for node in nodes:
            if node.kind == "partial" and node.name not in seen and node.name in templates:
                seen.add(node.name)
                walk(templates[node.name])
            if node.children:
                walk(node.children)
    walk(templates[name])
    return seen


def main():
    global TEMPLATES
    if "--templates" in sys.argv:
        TEMPLATES = sys.argv[sys.argv.index("--templates") + 1]
    try:
        structs = read_models()
        templates = read_templates()
        keys = interface_keys()
        parents = generate_parents(structs)
        theme = generate_theme(structs, templates, keys)
    except CompileError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    if "--dry-run" in sys.argv:
        return
    write_or_check(PARENTS_TARGET, parents, SCRIPT)
    write_or_check(THEME_TARGET, theme, SCRIPT)


if __name__ == "__main__":
    main()
