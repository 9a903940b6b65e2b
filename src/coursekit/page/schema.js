// The JSON Schemas of coursekit/schemas, checked on the page. A validator for exactly the keywords
// those schemas use, which finds the errors in the order Python's jsonschema does (keywords in
// schema order, properties in schema order, items by index), so the first error, and with it the
// Dutch message (schemas/dutch.py), is the same on both sides. Unknown keywords are ignored, as
// jsonschema ignores annotations ("format" is an annotation in draft 2020-12).
import { DATA, isObject, length, same } from "./base.js";

export const SCHEMAS = {};
for (const schema of Object.values(DATA.schemas)) SCHEMAS[schema.$id] = schema;

export const TYPES = {
  string: (value) => typeof value === "string",
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === "number",
  boolean: (value) => typeof value === "boolean",
  object: isObject,
  array: Array.isArray,
  null: (value) => value === null,
};

export const patterns = {};
export function matches(pattern, text) {
  patterns[pattern] = patterns[pattern] || new RegExp(pattern, "u");
  return patterns[pattern].test(text);
}

export function resolve(reference, root) {
  const [address, pointer] = reference.split("#");
  let target = address ? SCHEMAS[address] : root;
  const base = target;
  for (const step of (pointer || "").split("/").slice(1)) {
    target = target && target[step.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (!target) throw new Error("unknown schema reference " + reference);
  return [target, base];
}

// A schema's keywords in order, read once per schema (the schemas never change).
export const ENTRIES = new WeakMap();
export function entriesOf(schema) {
  if (!ENTRIES.has(schema)) ENTRIES.set(schema, Object.entries(schema));
  return ENTRIES.get(schema);
}

// Every error of `instance` against `schema`: {keyword, value, schema, instance, path}.
export function errorsOf(instance, schema, root, path, found) {
  const error = (keyword) => found.push({ keyword, value: schema[keyword], schema, instance, path });
  const object = isObject(instance);
  for (const [keyword, value] of entriesOf(schema)) {
    switch (keyword) {
      case "type": {
        const types = Array.isArray(value) ? value : [value];
        if (!types.some((type) => TYPES[type](instance))) error(keyword);
        break;
      }
      case "properties":
        if (object) {
          for (const [name, inner] of Object.entries(value)) {
            if (Object.prototype.hasOwnProperty.call(instance, name)) errorsOf(instance[name], inner, root, [...path, name], found);
          }
        }
        break;
      case "required":
        if (object) for (const name of value) if (!Object.prototype.hasOwnProperty.call(instance, name)) error(keyword);
        break;
      case "additionalProperties":
        if (object) {
          const extras = Object.keys(instance).filter((name) => !(schema.properties && name in schema.properties));
          if (isObject(value)) for (const name of extras) errorsOf(instance[name], value, root, [...path, name], found);
          else if (value === false && extras.length) error(keyword);
        }
        break;
      case "propertyNames":
        if (object) for (const name of Object.keys(instance)) errorsOf(name, value, root, path, found);
        break;
      case "items":
        if (Array.isArray(instance)) instance.forEach((item, index) => errorsOf(item, value, root, [...path, index], found));
        break;
      case "minItems":
        if (Array.isArray(instance) && instance.length < value) error(keyword);
        break;
      case "maxItems":
        if (Array.isArray(instance) && instance.length > value) error(keyword);
        break;
      case "uniqueItems":
        if (value && Array.isArray(instance) && instance.some((item, index) => instance.slice(0, index).some((other) => same(item, other)))) error(keyword);
        break;
      case "minimum":
        if (typeof instance === "number" && instance < value) error(keyword);
        break;
      case "maximum":
        if (typeof instance === "number" && instance > value) error(keyword);
        break;
      case "maxLength": // a text is never longer in code points than in UTF-16 units
        if (typeof instance === "string" && instance.length > value && length(instance) > value) error(keyword);
        break;
      case "pattern":
        if (typeof instance === "string" && !matches(value, instance)) error(keyword);
        break;
      case "enum":
        if (!value.some((option) => same(option, instance))) error(keyword);
        break;
      case "const":
        if (!same(value, instance)) error(keyword);
        break;
      case "allOf":
        for (const inner of value) errorsOf(instance, inner, root, path, found);
        break;
      case "oneOf": {
        const valid = value.filter((inner) => !errorsOf(instance, inner, root, path, []).length);
        if (valid.length !== 1) error(keyword);
        break;
      }
      case "if":
        if (!errorsOf(instance, value, root, path, []).length) {
          if ("then" in schema) errorsOf(instance, schema.then, root, path, found);
        } else if ("else" in schema) {
          errorsOf(instance, schema.else, root, path, found);
        }
        break;
      case "$ref": {
        const [target, base] = resolve(value, root);
        errorsOf(instance, target, base, path, found);
        break;
      }
      default: // $schema, $id, $defs, title, description, format, then, else: nothing to check
    }
  }
  return found;
}

// The errors of `instance` against one of our schemas ("answer", "store", "portfolio-export").
export function schemaErrors(name, instance) {
  const schema = DATA.schemas[name];
  return errorsOf(instance, schema, schema, [], []);
}

// The error to report (schemas/dutch.py, _first): shallow before deep, unknown fields last.
export function firstError(errors) {
  let best = null;
  let bestKey = null;
  errors.forEach((error, index) => {
    const key = [error.keyword === "additionalProperties" ? 1 : 0, error.path.length, index];
    if (!best || key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
      best = error;
      bestKey = key;
    }
  });
  return best;
}
