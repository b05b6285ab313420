;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: cifar_input_grad (pass input-grad, target wasm)
;; spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
;; schedule: {"kind":"simd","vector":"pixels","vectors":2,"partners":3,"unroll":1,"fma":false,"threads":1}
;; memory: 52 pages; 64-byte red zone after every tensor
;;   w (input) at byte 0, [32, 3, 3, 3] float32
;;   dy (input) at byte 3520, [8, 32, 32, 32] float32
;;   y (input) at byte 1052160, [8, 32, 32, 32] float32
;;   dx (output) at byte 2100800, [8, 3, 32, 32] float32
;;   delta (scratch) at byte 2199168, [8, 32, 34, 34] float32
;;   wpk (scratch) at byte 3382976, [1152] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 52 52)
  (global (export "w_offset") i32 (i32.const 0))
  (global (export "w_length") i32 (i32.const 864))
  (global (export "dy_offset") i32 (i32.const 3520))
  (global (export "dy_length") i32 (i32.const 262144))
  (global (export "y_offset") i32 (i32.const 1052160))
  (global (export "y_length") i32 (i32.const 262144))
  (global (export "dx_offset") i32 (i32.const 2100800))
  (global (export "dx_length") i32 (i32.const 24576))

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
    (loop $n_loop
      (local.set $c (i32.const 0))
      (loop $c_loop
        (local.set $i (i32.const 0))
        (loop $i_loop
          (local.set $j4 (i32.const 0))
          (loop $j4_loop
            (local.set $pd (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 147968)) (i32.mul (local.get $c) (i32.const 4624))) (i32.mul (local.get $i) (i32.const 136))) (i32.mul (local.get $j4) (i32.const 16))) (i32.const 140)))
            (local.set $py (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 131072)) (i32.mul (local.get $c) (i32.const 4096))) (i32.mul (local.get $i) (i32.const 128))) (i32.mul (local.get $j4) (i32.const 16))))
            (local.set $vy (v128.load offset=1052160 align=4 (local.get $py)))
            (v128.store offset=2199168 align=4 (local.get $pd) (f32x4.mul (v128.load offset=3520 align=4 (local.get $py)) (v128.and (f32x4.gt (local.get $vy) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1)))))
            (br_if $j4_loop (i32.lt_u (local.tee $j4 (i32.add (local.get $j4) (i32.const 1))) (i32.const 8))))
          (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 32))))
        (br_if $c_loop (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const 32))))
      (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
    ;; phase (0, 0): its 9 taps of W
    ;; pack w as wpk[g][a][b][c][m], m padded to 4
    (local.set $wpk_g (i32.const 0))
    (local.set $wpk_a (i32.const 0))
    (loop $wpk_a_loop
      (local.set $wpk_b (i32.const 0))
      (loop $wpk_b_loop
        (local.set $wpk_c (i32.const 0))
        (loop $wpk_c_loop
          (local.set $wpk_src (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $wpk_g) (i32.const 3456)) (i32.mul (local.get $wpk_a) (i32.const -12))) (i32.mul (local.get $wpk_b) (i32.const -4))) (i32.mul (local.get $wpk_c) (i32.const 108))) (i32.const 32)))
          (local.set $wpk_dst (i32.add (i32.add (i32.add (i32.mul (local.get $wpk_g) (i32.const 4608)) (i32.mul (local.get $wpk_a) (i32.const 1536))) (i32.mul (local.get $wpk_b) (i32.const 512))) (i32.mul (local.get $wpk_c) (i32.const 16))))
          (f32.store offset=3382976 (local.get $wpk_dst) (f32.load offset=0 (local.get $wpk_src)))
          (f32.store offset=3382980 (local.get $wpk_dst) (f32.load offset=36 (local.get $wpk_src)))
          (f32.store offset=3382984 (local.get $wpk_dst) (f32.load offset=72 (local.get $wpk_src)))
          (br_if $wpk_c_loop (i32.lt_u (local.tee $wpk_c (i32.add (local.get $wpk_c) (i32.const 1))) (i32.const 32))))
        (br_if $wpk_b_loop (i32.lt_u (local.tee $wpk_b (i32.add (local.get $wpk_b) (i32.const 1))) (i32.const 3))))
      (br_if $wpk_a_loop (i32.lt_u (local.tee $wpk_a (i32.add (local.get $wpk_a) (i32.const 1))) (i32.const 3))))
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
    (local $rc0_0 i32)
    (local $op0_0 i32)
    (local $vb0_0 i32)
    (local $pb0_0 i32)
    (local $g i32)
    (local $t i32)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc1_0 v128)
    (local $acc1_1 v128)
    (local $acc2_0 v128)
    (local $acc2_1 v128)
    (local $b0 v128)
    (local $b1 v128)
    (local $a0 v128)
    (local $a1 v128)
    (local $a2 v128)
    (local.set $t (i32.const 0))
    (loop $t_loop
      (local.set $n (i32.const 0))
      (loop $n_loop
        (local.set $g (i32.const 0))
        (local.set $pb0_0 (i32.const 0))
        (local.set $vb0_0 (i32.const 0))
        (loop $vb0_0_loop
          (local.set $ap0_0 (i32.add (i32.mul (local.get $g) (i32.const 4608)) (i32.mul (local.get $pb0_0) (i32.const 12))))
          (local.set $bp0_0 (i32.add (i32.add (i32.add (i32.mul (local.get $t) (i32.const 136)) (i32.mul (local.get $n) (i32.const 147968))) (i32.mul (local.get $g) (i32.const 147968))) (i32.mul (local.get $vb0_0) (i32.const 32))))
          (local.set $acc0_0 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_1 (v128.const i32x4 0 0 0 0))
          (local.set $acc1_0 (v128.const i32x4 0 0 0 0))
          (local.set $acc1_1 (v128.const i32x4 0 0 0 0))
          (local.set $acc2_0 (v128.const i32x4 0 0 0 0))
          (local.set $acc2_1 (v128.const i32x4 0 0 0 0))
          (local.set $ra0_0 (i32.const 0))
          (loop $ra0_0_loop
            (local.set $rb0_0 (i32.const 0))
            (loop $rb0_0_loop
              (local.set $aq0_0 (i32.add (i32.add (local.get $ap0_0) (i32.mul (local.get $ra0_0) (i32.const 1536))) (i32.mul (local.get $rb0_0) (i32.const 512))))
              (local.set $bq0_0 (i32.add (i32.add (local.get $bp0_0) (i32.mul (local.get $ra0_0) (i32.const 136))) (i32.mul (local.get $rb0_0) (i32.const 4))))
              (local.set $rc0_0 (i32.const 0))
              (loop $rc0_0_loop
                (local.set $b0 (v128.load offset=2199168 align=4 (local.get $bq0_0)))
                (local.set $b1 (v128.load offset=2199184 align=4 (local.get $bq0_0)))
                (local.set $a0 (v128.load32_splat offset=3382976 (local.get $aq0_0)))
                (local.set $a1 (v128.load32_splat offset=3382980 (local.get $aq0_0)))
                (local.set $a2 (v128.load32_splat offset=3382984 (local.get $aq0_0)))
                (local.set $acc0_0 (f32x4.add (local.get $acc0_0) (f32x4.mul (local.get $a0) (local.get $b0))))
                (local.set $acc0_1 (f32x4.add (local.get $acc0_1) (f32x4.mul (local.get $a0) (local.get $b1))))
                (local.set $acc1_0 (f32x4.add (local.get $acc1_0) (f32x4.mul (local.get $a1) (local.get $b0))))
                (local.set $acc1_1 (f32x4.add (local.get $acc1_1) (f32x4.mul (local.get $a1) (local.get $b1))))
                (local.set $acc2_0 (f32x4.add (local.get $acc2_0) (f32x4.mul (local.get $a2) (local.get $b0))))
                (local.set $acc2_1 (f32x4.add (local.get $acc2_1) (f32x4.mul (local.get $a2) (local.get $b1))))
                (local.set $aq0_0 (i32.add (local.get $aq0_0) (i32.const 16)))
                (local.set $bq0_0 (i32.add (local.get $bq0_0) (i32.const 4624)))
                (br_if $rc0_0_loop (i32.lt_u (local.tee $rc0_0 (i32.add (local.get $rc0_0) (i32.const 1))) (i32.const 32))))
              (br_if $rb0_0_loop (i32.lt_u (local.tee $rb0_0 (i32.add (local.get $rb0_0) (i32.const 1))) (i32.const 3))))
            (br_if $ra0_0_loop (i32.lt_u (local.tee $ra0_0 (i32.add (local.get $ra0_0) (i32.const 1))) (i32.const 3))))
          (local.set $op0_0 (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $t) (i32.const 128)) (i32.mul (local.get $n) (i32.const 12288))) (i32.mul (local.get $g) (i32.const 12288))) (i32.mul (local.get $vb0_0) (i32.const 32))) (i32.mul (local.get $pb0_0) (i32.const 12288))))
          (v128.store offset=2100800 align=4 (local.get $op0_0) (local.get $acc0_0))
          (v128.store offset=2100816 align=4 (local.get $op0_0) (local.get $acc0_1))
          (v128.store offset=2104896 align=4 (local.get $op0_0) (local.get $acc1_0))
          (v128.store offset=2104912 align=4 (local.get $op0_0) (local.get $acc1_1))
          (v128.store offset=2108992 align=4 (local.get $op0_0) (local.get $acc2_0))
          (v128.store offset=2109008 align=4 (local.get $op0_0) (local.get $acc2_1))
          (br_if $vb0_0_loop (i32.lt_u (local.tee $vb0_0 (i32.add (local.get $vb0_0) (i32.const 1))) (i32.const 4))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (br_if $t_loop (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 1))) (i32.const 32))))
  )
  ;; the whole pass on the calling thread
  (func (export "input-grad")
    (call $prologue)
    (call $main)
  )
)
