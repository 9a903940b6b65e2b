// The model a view gets on the page: the anywidget model interface (get, set, save_changes, on,
// off), backed here by the host instead of a kernel. Traits (the contract with every host):
//   "definition"  the exercise definition (as in the static form's data block)
//   "answer"      the saved answer record for this exercise, or null (the store format)
//   "value"       the learner's current value, set by the view (answer.schema.json's value)
//   "status"      {kind: "saved" | "restored" | "error" | "", text}: set by the host
//   "compared"    the saved answer of the exercise `definition.compare_with` names, or null
// `save_changes()` hands "value" to the host, which keeps it and sets "answer" and "status".

export class Model {
  constructor(traits, onSave) {
    this.traits = { ...traits };
    this.listeners = new Map();
    this.onSave = onSave;
  }

  get(name) {
    return this.traits[name];
  }

  set(name, value) {
    if (this.traits[name] === value) return;
    this.traits[name] = value;
    this.emit(`change:${name}`, value);
  }

  save_changes() {
    this.onSave(this);
  }

  on(event, callback) {
    this.listeners.set(event, [...(this.listeners.get(event) || []), callback]);
  }

  // off(event, callback); off(event): all of that event's; off(): all.
  off(event, callback) {
    if (!event) this.listeners.clear();
    else this.listeners.set(event, callback ? (this.listeners.get(event) || []).filter((one) => one !== callback) : []);
  }

  // A message from the host, as a kernel's `send` reaches an anywidget view ("msg:custom").
  send(content) {
    this.emit("msg:custom", content);
  }

  emit(event, value) {
    for (const callback of this.listeners.get(event) || []) callback(value);
  }
}
