#include "nlp/ner_net.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kg::nlp {
namespace {

constexpr uint32_t kMagic = 0x4e455431;  // "NET1"
constexpr int kMaxDims = 4096;

inline float Sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

// z[0, G) += sum over j of x[j] * w[j * G, (j + 1) * G), skipping zero x[j]
// (most extra features are zero). The network's time goes here; a clone for
// AVX2 with FMA is picked at load time where the processor has them (GCC's
// target_clones), the SSE2 baseline elsewhere.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=haswell", "default")))
#endif
void AddProducts(const float* __restrict w, const float* __restrict x, int n, int G, float* __restrict z) {
  for (int j = 0; j < n; ++j) {
    const float v = x[j];
    if (v == 0.0f) continue;
    const float* col = w + static_cast<size_t>(j) * G;
    for (int r = 0; r < G; ++r) z[r] += v * col[r];
  }
}

void InitUniform(std::vector<float>* v, size_t n, float range, std::mt19937* rng) {
  std::uniform_real_distribution<float> u(-range, range);
  v->resize(n);
  for (float& x : *v) x = u(*rng);
}

// Adam (Kingma & Ba 2015) state of one parameter array.
struct AdamSlot {
  std::vector<float>* param;
  std::vector<float> grad, m, v;
  explicit AdamSlot(std::vector<float>* p) : param(p), grad(p->size()), m(p->size()), v(p->size()) {}
};

void WriteFloats(std::ostream& out, const std::vector<float>& v) {
  const uint32_t n = static_cast<uint32_t>(v.size());
  out.write(reinterpret_cast<const char*>(&n), sizeof(n));
  out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(n * sizeof(float)));
}

bool ReadFloats(std::istream& in, size_t expected, std::vector<float>* v) {
  uint32_t n = 0;
  if (!in.read(reinterpret_cast<char*>(&n), sizeof(n)) || n != expected) return false;
  v->resize(n);
  if (!in.read(reinterpret_cast<char*>(v->data()), static_cast<std::streamsize>(n * sizeof(float)))) return false;
  for (float x : *v) {
    if (!std::isfinite(x)) return false;
  }
  return true;
}

}  // namespace

struct NerNet::Tape {
  std::vector<float> gates, c, h, tc;  // per token (not per step): 4H, H, H, H
};

NerNet::NerNet(int vector_dims, int extra_dims, int classes, int hidden, unsigned seed)
    : vector_dims_(vector_dims), extra_dims_(extra_dims), classes_(classes), hidden_(hidden) {
  std::mt19937 rng(seed);
  const int D = input_dims(), H = hidden_;
  for (Direction* d : {&fwd_, &bwd_}) {
    // Weights stored transposed (input-major), so the products are axpy loops the compiler vectorises.
    InitUniform(&d->w, static_cast<size_t>(D) * 4 * H, std::sqrt(6.0f / (D + 4 * H)), &rng);
    InitUniform(&d->u, static_cast<size_t>(H) * 4 * H, std::sqrt(6.0f / (5 * H)), &rng);
    d->b.assign(4 * H, 0.0f);
    std::fill(d->b.begin() + H, d->b.begin() + 2 * H, 1.0f);  // forget gate open at first
  }
  InitUniform(&out_w_, static_cast<size_t>(2 * H) * classes_, std::sqrt(6.0f / (2 * H + classes_)), &rng);
  out_b_.assign(classes_, 0.0f);
}

void NerNet::Forward(const Direction& d, const float* x, int n, bool reverse, Tape* tape) const {
  const int D = input_dims(), H = hidden_, G = 4 * H;
  tape->gates.assign(static_cast<size_t>(n) * G, 0.0f);
  tape->c.assign(static_cast<size_t>(n) * H, 0.0f);
  tape->h.assign(static_cast<size_t>(n) * H, 0.0f);
  tape->tc.assign(static_cast<size_t>(n) * H, 0.0f);
  std::vector<float> z(G);
  for (int step = 0; step < n; ++step) {
    const int k = reverse ? n - 1 - step : step;
    const int prev = reverse ? k + 1 : k - 1;
    std::copy(d.b.begin(), d.b.end(), z.begin());
    AddProducts(d.w.data(), x + static_cast<size_t>(k) * D, D, G, z.data());
    if (step > 0) AddProducts(d.u.data(), tape->h.data() + static_cast<size_t>(prev) * H, H, G, z.data());
    float* g = tape->gates.data() + static_cast<size_t>(k) * G;
    for (int r = 0; r < 3 * H; ++r) g[r] = Sigmoid(z[r]);
    for (int r = 3 * H; r < G; ++r) g[r] = std::tanh(z[r]);
    float* c = tape->c.data() + static_cast<size_t>(k) * H;
    float* h = tape->h.data() + static_cast<size_t>(k) * H;
    float* tc = tape->tc.data() + static_cast<size_t>(k) * H;
    const float* cp = step > 0 ? tape->c.data() + static_cast<size_t>(prev) * H : nullptr;
    for (int j = 0; j < H; ++j) {
      c[j] = g[j] * g[3 * H + j] + (cp != nullptr ? g[H + j] * cp[j] : 0.0f);
      tc[j] = std::tanh(c[j]);
      h[j] = g[2 * H + j] * tc[j];
    }
  }
}

void NerNet::LogProbs(const float* inputs, int n, float* out) const {
  if (n <= 0 || empty()) return;
  Tape f, b;
  Forward(fwd_, inputs, n, false, &f);
  Forward(bwd_, inputs, n, true, &b);
  const int H = hidden_, C = classes_;
  for (int k = 0; k < n; ++k) {
    float* o = out + static_cast<size_t>(k) * C;
    std::copy(out_b_.begin(), out_b_.end(), o);
    for (int j = 0; j < 2 * H; ++j) {
      const float v = j < H ? f.h[static_cast<size_t>(k) * H + j] : b.h[static_cast<size_t>(k) * H + j - H];
      const float* col = out_w_.data() + static_cast<size_t>(j) * C;
      for (int c = 0; c < C; ++c) o[c] += v * col[c];
    }
    const float mx = *std::max_element(o, o + C);
    float sum = 0;
    for (int c = 0; c < C; ++c) sum += std::exp(o[c] - mx);
    const float lse = mx + std::log(sum);
    for (int c = 0; c < C; ++c) o[c] -= lse;
  }
}

void NerNet::Train(const std::vector<Example>& examples, const Options& o, std::ostream* log) {
  const int D = input_dims(), H = hidden_, G = 4 * H, C = classes_, V = vector_dims_;
  std::vector<AdamSlot> slots;
  for (Direction* d : {&fwd_, &bwd_}) {
    slots.emplace_back(&d->w);
    slots.emplace_back(&d->u);
    slots.emplace_back(&d->b);
  }
  slots.emplace_back(&out_w_);
  slots.emplace_back(&out_b_);
  std::mt19937 rng(o.seed);
  std::bernoulli_distribution drop_value(o.input_dropout), drop_word(o.word_dropout);
  const float keep_scale = o.input_dropout < 1 ? 1.0f / (1.0f - o.input_dropout) : 0.0f;
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<float> x, dh_f, dh_b, dh_carry(H), dc_carry(H), dz(G), probs(C);
  Tape tf, tb;
  long step = 0;
  // Back-propagation through one direction; grads at slots[base .. base + 2].
  auto backward = [&](const Direction& d, const Tape& t, const std::vector<float>& dh_out, int n, bool reverse,
                      size_t base) {
    std::vector<float>& gw = slots[base].grad;
    std::vector<float>& gu = slots[base + 1].grad;
    std::vector<float>& gb = slots[base + 2].grad;
    std::fill(dh_carry.begin(), dh_carry.end(), 0.0f);
    std::fill(dc_carry.begin(), dc_carry.end(), 0.0f);
    for (int step_i = n - 1; step_i >= 0; --step_i) {
      const int k = reverse ? n - 1 - step_i : step_i;
      const int prev = reverse ? k + 1 : k - 1;
      const float* g = t.gates.data() + static_cast<size_t>(k) * G;
      const float* tc = t.tc.data() + static_cast<size_t>(k) * H;
      const float* cp = step_i > 0 ? t.c.data() + static_cast<size_t>(prev) * H : nullptr;
      for (int j = 0; j < H; ++j) {
        const float dh = dh_out[static_cast<size_t>(k) * H + j] + dh_carry[j];
        const float i = g[j], f = g[H + j], og = g[2 * H + j], gg = g[3 * H + j];
        const float dc = dc_carry[j] + dh * og * (1.0f - tc[j] * tc[j]);
        dz[j] = dc * gg * i * (1.0f - i);
        dz[H + j] = cp != nullptr ? dc * cp[j] * f * (1.0f - f) : 0.0f;
        dz[2 * H + j] = dh * tc[j] * og * (1.0f - og);
        dz[3 * H + j] = dc * i * (1.0f - gg * gg);
        dc_carry[j] = dc * f;
      }
      for (int r = 0; r < G; ++r) gb[r] += dz[r];
      const float* xk = x.data() + static_cast<size_t>(k) * D;
      for (int j = 0; j < D; ++j) {
        const float v = xk[j];
        if (v == 0.0f) continue;
        float* col = gw.data() + static_cast<size_t>(j) * G;
        for (int r = 0; r < G; ++r) col[r] += v * dz[r];
      }
      if (step_i > 0) {
        const float* hp = t.h.data() + static_cast<size_t>(prev) * H;
        for (int j = 0; j < H; ++j) {
          float* col = gu.data() + static_cast<size_t>(j) * G;
          const float v = hp[j];
          float s = 0;
          const float* ucol = d.u.data() + static_cast<size_t>(j) * G;
          for (int r = 0; r < G; ++r) {
            col[r] += v * dz[r];
            s += ucol[r] * dz[r];
          }
          dh_carry[j] = s;
        }
      }
    }
  };
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    double loss = 0;
    size_t tokens = 0, correct = 0;
    for (size_t start = 0; start < order.size(); start += static_cast<size_t>(o.batch_sentences)) {
      const size_t end = std::min(order.size(), start + static_cast<size_t>(o.batch_sentences));
      for (AdamSlot& s : slots) std::fill(s.grad.begin(), s.grad.end(), 0.0f);
      for (size_t e = start; e < end; ++e) {
        const Example& ex = examples[order[e]];
        const int n = static_cast<int>(ex.gold.size());
        if (n == 0) continue;
        x = ex.inputs;
        for (int k = 0; k < n; ++k) {
          float* xk = x.data() + static_cast<size_t>(k) * D;
          if (!ex.capitalised.empty() && ex.capitalised[k] && drop_word(rng)) {
            std::fill(xk, xk + V, 0.0f);
            xk[V] = 1.0f;  // the first extra feature marks "no word vector"
            continue;
          }
          for (int j = 0; j < V; ++j) xk[j] = drop_value(rng) ? 0.0f : xk[j] * keep_scale;
        }
        Forward(fwd_, x.data(), n, false, &tf);
        Forward(bwd_, x.data(), n, true, &tb);
        dh_f.assign(static_cast<size_t>(n) * H, 0.0f);
        dh_b.assign(static_cast<size_t>(n) * H, 0.0f);
        std::vector<float>& gow = slots[6].grad;
        std::vector<float>& gob = slots[7].grad;
        for (int k = 0; k < n; ++k) {
          const float* hf = tf.h.data() + static_cast<size_t>(k) * H;
          const float* hb = tb.h.data() + static_cast<size_t>(k) * H;
          std::copy(out_b_.begin(), out_b_.end(), probs.begin());
          for (int j = 0; j < 2 * H; ++j) {
            const float v = j < H ? hf[j] : hb[j - H];
            const float* col = out_w_.data() + static_cast<size_t>(j) * C;
            for (int c = 0; c < C; ++c) probs[c] += v * col[c];
          }
          const float mx = *std::max_element(probs.begin(), probs.end());
          float sum = 0;
          for (float& p : probs) sum += (p = std::exp(p - mx));
          for (float& p : probs) p /= sum;
          const int gold = ex.gold[k];
          loss -= std::log(std::max(probs[gold], 1e-12f));
          correct += std::max_element(probs.begin(), probs.end()) - probs.begin() == gold;
          ++tokens;
          probs[gold] -= 1.0f;  // d loss / d logits
          for (int c = 0; c < C; ++c) gob[c] += probs[c];
          for (int j = 0; j < 2 * H; ++j) {
            const float v = j < H ? hf[j] : hb[j - H];
            float* gcol = gow.data() + static_cast<size_t>(j) * C;
            const float* col = out_w_.data() + static_cast<size_t>(j) * C;
            float s = 0;
            for (int c = 0; c < C; ++c) {
              gcol[c] += v * probs[c];
              s += col[c] * probs[c];
            }
            (j < H ? dh_f[static_cast<size_t>(k) * H + j] : dh_b[static_cast<size_t>(k) * H + j - H]) = s;
          }
        }
        backward(fwd_, tf, dh_f, n, false, 0);
        backward(bwd_, tb, dh_b, n, true, 3);
      }
      // Mean over the batch's sentences, clipped to norm 5, then one Adam step.
      const float inv = 1.0f / static_cast<float>(end - start);
      double norm2 = 0;
      for (AdamSlot& s : slots) {
        for (float& g : s.grad) {
          g *= inv;
          norm2 += static_cast<double>(g) * g;
        }
      }
      const float clip = norm2 > 25.0 ? static_cast<float>(5.0 / std::sqrt(norm2)) : 1.0f;
      ++step;
      const float b1 = 0.9f, b2 = 0.999f;
      const float lr = o.learning_rate * std::sqrt(1.0f - std::pow(b2, static_cast<float>(step))) /
                       (1.0f - std::pow(b1, static_cast<float>(step)));
      for (AdamSlot& s : slots) {
        for (size_t i = 0; i < s.grad.size(); ++i) {
          const float g = s.grad[i] * clip;
          s.m[i] = b1 * s.m[i] + (1 - b1) * g;
          s.v[i] = b2 * s.v[i] + (1 - b2) * g * g;
          (*s.param)[i] -= lr * s.m[i] / (std::sqrt(s.v[i]) + 1e-8f);
        }
      }
    }
    if (log) {
      *log << "ner net: epoch " << epoch + 1 << " loss " << loss / std::max<size_t>(tokens, 1) << " accuracy "
           << 100.0 * correct / std::max<size_t>(tokens, 1) << "%\n";
    }
  }
}

Status NerNet::Save(std::ostream& out) const {
  const uint32_t header[5] = {kMagic, static_cast<uint32_t>(vector_dims_), static_cast<uint32_t>(extra_dims_),
                              static_cast<uint32_t>(classes_), static_cast<uint32_t>(hidden_)};
  out.write(reinterpret_cast<const char*>(header), sizeof(header));
  for (const Direction* d : {&fwd_, &bwd_}) {
    WriteFloats(out, d->w);
    WriteFloats(out, d->u);
    WriteFloats(out, d->b);
  }
  WriteFloats(out, out_w_);
  WriteFloats(out, out_b_);
  if (!out) return Status::IOError("cannot write NER network");
  return Status::Ok();
}

Status NerNet::Load(std::istream& in) {
  uint32_t header[5];
  if (!in.read(reinterpret_cast<char*>(header), sizeof(header)) || header[0] != kMagic) {
    return Status::Corruption("bad NER network header");
  }
  for (int i = 1; i < 5; ++i) {
    if (header[i] > kMaxDims) return Status::Corruption("bad NER network dimensions");
  }
  vector_dims_ = static_cast<int>(header[1]);
  extra_dims_ = static_cast<int>(header[2]);
  classes_ = static_cast<int>(header[3]);
  hidden_ = static_cast<int>(header[4]);
  const size_t D = static_cast<size_t>(input_dims()), H = static_cast<size_t>(hidden_);
  bool ok = true;
  for (Direction* d : {&fwd_, &bwd_}) {
    ok = ok && ReadFloats(in, D * 4 * H, &d->w) && ReadFloats(in, H * 4 * H, &d->u) && ReadFloats(in, 4 * H, &d->b);
  }
  ok = ok && ReadFloats(in, 2 * H * static_cast<size_t>(classes_), &out_w_) &&
       ReadFloats(in, static_cast<size_t>(classes_), &out_b_);
  if (!ok) {
    *this = NerNet();
    return Status::Corruption("bad NER network weights");
  }
  return Status::Ok();
}

}  // namespace kg::nlp
