;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: dw112_input_grad (pass input-grad, target wasm)
;; spec: dw112: N=1 Ci=32 H=112 W=112 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 groups=32 act=relu layout=nchw -> Ho=112 Wo=112
;; schedule: {"kind":"simd","vector":"pixels","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
;; memory: 99 pages; 64-byte red zone after every tensor
;;   w (input) at byte 0, [32, 1, 3, 3] float32
;;   dy (input) at byte 1216, [1, 32, 112, 112] float32
;;   y (input) at byte 1606912, [1, 32, 112, 112] float32
;;   dx (output) at byte 3212608, [1, 32, 112, 112] float32
;;   delta (scratch) at byte 4818304, [1, 32, 114, 114] float32
;;   wpk (scratch) at byte 6481856, [1152] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 99 99)
  (global (export "w_offset") i32 (i32.const 0))
  (global (export "w_length") i32 (i32.const 288))
  (global (export "dy_offset") i32 (i32.const 1216))
  (global (export "dy_length") i32 (i32.const 401408))
  (global (export "y_offset") i32 (i32.const 1606912))
  (global (export "y_length") i32 (i32.const 401408))
  (global (export "dx_offset") i32 (i32.const 3212608))
  (global (export "dx_length") i32 (i32.const 401408))

  ;; once per call, before main: padded copies, packed weights, delta
  (func $prologue (export "prologue")
    (local $i i32)
    (local $pd i32)
    (local $py i32)
    (local $j4 i32)
    (local $c i32)
    (local $n i32)
    (local $wpk_src i32)
    (local $wpk_dst i32)
    (local $wpk_c i32)
    (local $wpk_b i32)
    (local $wpk_a i32)
    (local $wpk_g i32)
    (local $vy v128)
    ;; delta = dY * sigma'(Y) into the interior of the zero-bordered delta buffer
    (local.set $n (i32.const 0))
    (local.set $c (i32.const 0))
    (loop $c_loop
      (local.set $i (i32.const 0))
      (loop $i_loop
        (local.set $j4 (i32.const 0))
        (loop $j4_loop
          (local.set $pd (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 1663488)) (i32.mul (local.get $c) (i32.const 51984))) (i32.mul (local.get $i) (i32.const 456))) (i32.mul (local.get $j4) (i32.const 16))) (i32.const 460)))
          (local.set $py (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 1605632)) (i32.mul (local.get $c) (i32.const 50176))) (i32.mul (local.get $i) (i32.const 448))) (i32.mul (local.get $j4) (i32.const 16))))
          (local.set $vy (v128.load offset=1606912 align=4 (local.get $py)))
          (v128.store offset=4818304 align=4 (local.get $pd) (f32x4.mul (v128.load offset=1216 align=4 (local.get $py)) (v128.and (f32x4.gt (local.get $vy) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1)))))
          (br_if $j4_loop (i32.lt_u (local.tee $j4 (i32.add (local.get $j4) (i32.const 1))) (i32.const 28))))
        (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 112))))
      (br_if $c_loop (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const 32))))
    ;; phase (0, 0): its 9 taps of W
    ;; pack w as wpk[g][a][b][c][m], m padded to 4
    (local.set $wpk_g (i32.const 0))
    (loop $wpk_g_loop
      (local.set $wpk_a (i32.const 0))
      (loop $wpk_a_loop
        (local.set $wpk_b (i32.const 0))
        (loop $wpk_b_loop
          (local.set $wpk_c (i32.const 0))
          (local.set $wpk_src (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $wpk_g) (i32.const 36)) (i32.mul (local.get $wpk_a) (i32.const -12))) (i32.mul (local.get $wpk_b) (i32.const -4))) (i32.mul (local.get $wpk_c) (i32.const 36))) (i32.const 32)))
          (local.set $wpk_dst (i32.add (i32.add (i32.add (i32.mul (local.get $wpk_g) (i32.const 144)) (i32.mul (local.get $wpk_a) (i32.const 48))) (i32.mul (local.get $wpk_b) (i32.const 16))) (i32.mul (local.get $wpk_c) (i32.const 16))))
          (f32.store offset=6481856 (local.get $wpk_dst) (f32.load offset=0 (local.get $wpk_src)))
          (br_if $wpk_b_loop (i32.lt_u (local.tee $wpk_b (i32.add (local.get $wpk_b) (i32.const 1))) (i32.const 3))))
        (br_if $wpk_a_loop (i32.lt_u (local.tee $wpk_a (i32.add (local.get $wpk_a) (i32.const 1))) (i32.const 3))))
      (br_if $wpk_g_loop (i32.lt_u (local.tee $wpk_g (i32.add (local.get $wpk_g) (i32.const 1))) (i32.const 32))))
  )
  ;; the work
  (func $main (export "main")
    (local $n i32)
    (local $ap0_0 i32)
    (local $bp0_0 i32)
    (local $aq0_0 i32)
    (local $bq0_0 i32)
    (local $ra0_0 i32)
    (local $rb0_0 i32)
    (local $op0_0 i32)
    (local $vb0_0 i32)
    (local $pb0_0 i32)
    (local $g i32)
    (local $t i32)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc0_2 v128)
    (local $acc0_3 v128)
    (local $b0 v128)
    (local $b1 v128)
    (local $b2 v128)
    (local $b3 v128)
    (local $a0 v128)
    (local.set $t (i32.const 0))
    (loop $t_loop
      (local.set $n (i32.const 0))
      (local.set $g (i32.const 0))
      (loop $g_loop
        (local.set $pb0_0 (i32.const 0))
        (local.set $vb0_0 (i32.const 0))
        (loop $vb0_0_loop
          (local.set $ap0_0 (i32.add (i32.mul (local.get $g) (i32.const 144)) (i32.mul (local.get $pb0_0) (i32.const 4))))
          (local.set $bp0_0 (i32.add (i32.add (i32.add (i32.mul (local.get $t) (i32.const 456)) (i32.mul (local.get $n) (i32.const 1663488))) (i32.mul (local.get $g) (i32.const 51984))) (i32.mul (local.get $vb0_0) (i32.const 64))))
          (local.set $acc0_0 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_1 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_2 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_3 (v128.const i32x4 0 0 0 0))
          (local.set $ra0_0 (i32.const 0))
          (loop $ra0_0_loop
            (local.set $aq0_0 (i32.add (local.get $ap0_0) (i32.mul (local.get $ra0_0) (i32.const 48))))
            (local.set $bq0_0 (i32.add (local.get $bp0_0) (i32.mul (local.get $ra0_0) (i32.const 456))))
            (local.set $rb0_0 (i32.const 0))
            (loop $rb0_0_loop
              (local.set $b0 (v128.load offset=4818304 align=4 (local.get $bq0_0)))
              (local.set $b1 (v128.load offset=4818320 align=4 (local.get $bq0_0)))
              (local.set $b2 (v128.load offset=4818336 align=4 (local.get $bq0_0)))
              (local.set $b3 (v128.load offset=4818352 align=4 (local.get $bq0_0)))
              (local.set $a0 (v128.load32_splat offset=6481856 (local.get $aq0_0)))
              (local.set $acc0_0 (f32x4.add (local.get $acc0_0) (f32x4.mul (local.get $a0) (local.get $b0))))
              (local.set $acc0_1 (f32x4.add (local.get $acc0_1) (f32x4.mul (local.get $a0) (local.get $b1))))
              (local.set $acc0_2 (f32x4.add (local.get $acc0_2) (f32x4.mul (local.get $a0) (local.get $b2))))
              (local.set $acc0_3 (f32x4.add (local.get $acc0_3) (f32x4.mul (local.get $a0) (local.get $b3))))
              (local.set $aq0_0 (i32.add (local.get $aq0_0) (i32.const 16)))
              (local.set $bq0_0 (i32.add (local.get $bq0_0) (i32.const 4)))
              (br_if $rb0_0_loop (i32.lt_u (local.tee $rb0_0 (i32.add (local.get $rb0_0) (i32.const 1))) (i32.const 3))))
            (br_if $ra0_0_loop (i32.lt_u (local.tee $ra0_0 (i32.add (local.get $ra0_0) (i32.const 1))) (i32.const 3))))
          (local.set $op0_0 (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $t) (i32.const 448)) (i32.mul (local.get $n) (i32.const 1605632))) (i32.mul (local.get $g) (i32.const 50176))) (i32.mul (local.get $vb0_0) (i32.const 64))) (i32.mul (local.get $pb0_0) (i32.const 50176))))
          (v128.store offset=3212608 align=4 (local.get $op0_0) (local.get $acc0_0))
          (v128.store offset=3212624 align=4 (local.get $op0_0) (local.get $acc0_1))
          (v128.store offset=3212640 align=4 (local.get $op0_0) (local.get $acc0_2))
          (v128.store offset=3212656 align=4 (local.get $op0_0) (local.get $acc0_3))
          (br_if $vb0_0_loop (i32.lt_u (local.tee $vb0_0 (i32.add (local.get $vb0_0) (i32.const 1))) (i32.const 7))))
        (br_if $g_loop (i32.lt_u (local.tee $g (i32.add (local.get $g) (i32.const 1))) (i32.const 32))))
      (br_if $t_loop (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 1))) (i32.const 112))))
  )
  ;; the whole pass on the calling thread
  (func (export "input-grad")
    (call $prologue)
    (call $main)
  )
)
