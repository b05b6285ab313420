{{header}}

// storage buffers, group 0, in this order; each an array of f32
{{bindings}}

{{stages}}
