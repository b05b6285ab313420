;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: lenet1_bias_grad (pass bias-grad, target wasm)
;; spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
;; schedule: {"tile":1,"unroll":8}
;; memory: 5 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [8, 6, 28, 28] float32
;;   y (input) at byte 150592, [8, 6, 28, 28] float32
;;   db (output) at byte 301184, [6] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 5 5)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 37632))
  (global (export "y_offset") i32 (i32.const 150592))
  (global (export "y_length") i32 (i32.const 37632))
  (global (export "db_offset") i32 (i32.const 301184))
  (global (export "db_length") i32 (i32.const 6))

  (func $kernel (export "bias-grad")
    (local $p i32)
    (local $jb i32)
    (local $i i32)
    (local $n i32)
    (local $bp i32)
    (local $ct i32)
    (local $acc0 f32)
    (local $row0 f32)
    (local.set $ct (i32.const 0))
    (loop $ct_loop
      (local.set $acc0 (f32.const 0))
      (local.set $n (i32.const 0))
      (loop $n_loop
        (local.set $i (i32.const 0))
        (loop $i_loop
          (local.set $row0 (f32.const 0))
          (local.set $jb (i32.const 0))
          (loop $jb_loop
            (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 18816)) (i32.mul (local.get $i) (i32.const 112))) (i32.mul (local.get $ct) (i32.const 3136))) (i32.mul (local.get $jb) (i32.const 32))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150592 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150592 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150596 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150596 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150600 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150600 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150604 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150604 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=16 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150608 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150608 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=20 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150612 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150612 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=24 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150616 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150616 (local.get $p)))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=28 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150620 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150620 (local.get $p)))))))
            (br_if $jb_loop (i32.lt_u (local.tee $jb (i32.add (local.get $jb) (i32.const 1))) (i32.const 3))))
          (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 18816)) (i32.mul (local.get $i) (i32.const 112))) (i32.mul (local.get $ct) (i32.const 3136))) (i32.const 96)))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150592 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150592 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150596 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150596 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150600 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150600 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=150604 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=150604 (local.get $p)))))))
          (local.set $acc0 (f32.add (local.get $acc0) (local.get $row0)))
          (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 28))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (local.set $bp (i32.mul (local.get $ct) (i32.const 4)))
      (f32.store offset=301184 (local.get $bp) (local.get $acc0))
      (br_if $ct_loop (i32.lt_u (local.tee $ct (i32.add (local.get $ct) (i32.const 1))) (i32.const 6))))
  )
)
