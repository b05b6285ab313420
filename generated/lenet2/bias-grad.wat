;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: lenet2_bias_grad (pass bias-grad, target wasm)
;; spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
;; schedule: {"tile":1,"unroll":8}
;; memory: 2 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [8, 16, 10, 10] float32
;;   y (input) at byte 51264, [8, 16, 10, 10] float32
;;   db (output) at byte 102528, [16] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 2 2)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 12800))
  (global (export "y_offset") i32 (i32.const 51264))
  (global (export "y_length") i32 (i32.const 12800))
  (global (export "db_offset") i32 (i32.const 102528))
  (global (export "db_length") i32 (i32.const 16))

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
          (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 6400)) (i32.mul (local.get $i) (i32.const 40))) (i32.mul (local.get $ct) (i32.const 400))) (i32.mul (local.get $jb) (i32.const 32))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51264 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51264 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51268 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51268 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51272 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51272 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51276 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51276 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=16 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51280 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51280 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=20 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51284 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51284 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=24 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51288 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51288 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=28 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51292 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51292 (local.get $p)))))))
          (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 6400)) (i32.mul (local.get $i) (i32.const 40))) (i32.mul (local.get $ct) (i32.const 400))) (i32.const 32)))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51264 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51264 (local.get $p)))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (f32.mul (f32.sub (f32.const 1) (f32.load offset=51268 (local.get $p))) (f32.add (f32.const 1) (f32.load offset=51268 (local.get $p)))))))
          (local.set $acc0 (f32.add (local.get $acc0) (local.get $row0)))
          (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 10))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (local.set $bp (i32.mul (local.get $ct) (i32.const 4)))
      (f32.store offset=102528 (local.get $bp) (local.get $acc0))
      (br_if $ct_loop (i32.lt_u (local.tee $ct (i32.add (local.get $ct) (i32.const 1))) (i32.const 16))))
  )
)
