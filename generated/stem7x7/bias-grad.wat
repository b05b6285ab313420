;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: stem7x7_bias_grad (pass bias-grad, target wasm)
;; spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
;; schedule: {"tile":1,"unroll":8}
;; memory: 99 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [1, 64, 112, 112] float32
;;   y (input) at byte 3211328, [1, 64, 112, 112] float32
;;   db (output) at byte 6422656, [64] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 99 99)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 802816))
  (global (export "y_offset") i32 (i32.const 3211328))
  (global (export "y_length") i32 (i32.const 802816))
  (global (export "db_offset") i32 (i32.const 6422656))
  (global (export "db_length") i32 (i32.const 64))

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
      (local.set $i (i32.const 0))
      (loop $i_loop
        (local.set $row0 (f32.const 0))
        (local.set $jb (i32.const 0))
        (loop $jb_loop
          (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 3211264)) (i32.mul (local.get $i) (i32.const 448))) (i32.mul (local.get $ct) (i32.const 50176))) (i32.mul (local.get $jb) (i32.const 32))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211328 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211332 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211336 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211340 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=16 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211344 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=20 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211348 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=24 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211352 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=28 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=3211356 (local.get $p)) (f32.const 0))))))
          (br_if $jb_loop (i32.lt_u (local.tee $jb (i32.add (local.get $jb) (i32.const 1))) (i32.const 14))))
        (local.set $acc0 (f32.add (local.get $acc0) (local.get $row0)))
        (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 112))))
      (local.set $bp (i32.mul (local.get $ct) (i32.const 4)))
      (f32.store offset=6422656 (local.get $bp) (local.get $acc0))
      (br_if $ct_loop (i32.lt_u (local.tee $ct (i32.add (local.get $ct) (i32.const 1))) (i32.const 64))))
  )
)
