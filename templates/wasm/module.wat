{{header}}
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
{{memory}}
{{tensors}}
{{helpers}}
{{functions}}
  ;; the whole pass on the calling thread
  (func (export "{{entry}}")
{{calls}}
  )
)
