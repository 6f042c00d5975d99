// The UCI handwritten digits (8×8, ten classes) shipped with the app, and two models on them with
// exact per-example gradients: softmax regression ([SS] Fig. 8's logistic regression on MNIST, in
// kind) and a 64–H–10 tanh network (for [CP] Sec. 7.2–7.3's b̂ along a non-convex training).

export { type DigitsSet, type DigitsSplit, HELD_OUT, splitDigits, splitIdentity, subset } from './dataset';
export {
  CLASSES,
  type DigitImages,
  decodeDigits,
  loadDigits,
  loadedDigits,
  PIXEL_MAX,
  PIXELS,
} from './decode';
export { crossEntropyResidual, logSumExp } from './logSumExp';
export { HIDDEN, initIdentity, MlpModel } from './mlp';
export { DigitsModel } from './model';
export { type GradientNoise, gradientNoise } from './noise';
export { type SgdSettings, sgd } from './sgd';
export { SoftmaxModel } from './softmax';
export { tanh } from './tanh';
