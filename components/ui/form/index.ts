// GOV.UK Frontend's form markup, written once for every form of the directory.

export { Checkboxes, ChoiceItems, Fieldset, Radios, type Choice } from "./choices";
export { Field } from "./field";
export { ErrorMessage, FormGroup, Hint, classes, describedBy } from "./parts";
export { Select } from "./select";
export { Textarea, TextInput } from "./text-input";
