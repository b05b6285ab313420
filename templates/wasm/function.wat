  ;; {{about}}
  (func ${{name}} (export "{{name}}"){{params}}
{{locals}}
{{body}}
  )
