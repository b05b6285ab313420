{{header}}
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") {{pages}} {{pages}})
{{tensors}}
{{helpers}}
  (func $kernel (export "{{entry}}")
{{locals}}
{{body}}
  )
)
