#!/usr/bin/env python3
"""Writes a valid playbook of N documents (deterministic) for benchmarks.

    scripts/generate-playbook.py N OUT_DIR

Mix: 40 % products, 10 % competitors, 40 % objection files (4 objections each), 10 % segments.
Every document has front matter, Chinese prose, comparison lists, quiz items and links, and
`playbook check` reports nothing on the result.
"""
import os
import random
import sys

PHRASES = ["资金安全", "查询方便", "网点覆盖", "专属服务", "费率透明", "审批快捷", "账目清楚", "业主放心",
           "结算高效", "风险可控", "服务响应", "社区经验", "对账及时", "授权灵活", "收益稳定", "手续简便"]
SENTENCE = "我行坚持{a}与{b}并重，客户经理会先了解客户的实际需求，再结合{c}给出清晰的方案，让客户在比较之后依然愿意选择我们。"


def prose(rng, n):
    return "".join(SENTENCE.format(a=rng.choice(PHRASES), b=rng.choice(PHRASES), c=rng.choice(PHRASES)) for _ in range(n))


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261123)
    n_comp = max(1, count // 10)
    n_seg = max(1, count // 10)
    n_obj = max(1, count * 4 // 10)
    n_prod = max(1, count - n_comp - n_seg - n_obj)
    for sub in ("products", "competitors", "objections", "segments"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    with open(os.path.join(out, "playbook.md"), "w") as f:
        f.write("---\ntitle: 基准手册\nlocale: zh-Hans\n---\n" + prose(rng, 2) + "\n")
    comps = [f"c{i:05d}" for i in range(n_comp)]
    prods = [f"p{i:05d}" for i in range(n_prod)]
    for i, cid in enumerate(comps):
        with open(os.path.join(out, "competitors", cid + ".md"), "w") as f:
            f.write(f"---\nname: 同业银行{i}\naliases: [同业{i}]\ntags: [同业]\n---\n{prose(rng, 2)}\n\n"
                    f"## 优势\n- **品牌**：{prose(rng, 1)}\n- **网点**：{prose(rng, 1)}\n\n"
                    f"## 劣势\n- **服务**：{prose(rng, 1)}\n\n## 应对策略\n{prose(rng, 2)}\n")
    for i, pid in enumerate(prods):
        cs = rng.sample(comps, min(2, len(comps)))
        with open(os.path.join(out, "products", pid + ".md"), "w") as f:
            f.write(f"---\ntitle: 产品{i}\ncategory: 对公\ntags: [{rng.choice(PHRASES)}]\ncompetitors: [{', '.join(cs)}]\n---\n")
            f.write(prose(rng, 2) + "\n\n## 基本信息\n- 开户对象：业主委员会\n- 起存金额：无\n\n## 核心卖点\n")
            for p in rng.sample(PHRASES, 4):
                f.write(f"- **{p}**：{prose(rng, 1)}\n")
            f.write("\n## 购买价值\n")
            for p in rng.sample(PHRASES, 2):
                f.write(f"- **{p}**：{prose(rng, 1)}\n")
            f.write(f"\n## 竞品对比\n- **{rng.choice(PHRASES)}**\n  - 我行: {prose(rng, 1)}\n")
            for c in cs:
                f.write(f"  - [{c}](../competitors/{c}.md): {prose(rng, 1)}\n")
            f.write(f"  - 结论: 先讲安全\n\n## 自测\n- 问：{rng.choice(PHRASES)}指什么？\n  答：{prose(rng, 1)}\n"
                    f"- 问：哪项是卖点？\n  - [x] {PHRASES[0]}\n  - [ ] 无\n")
    for i in range(n_obj):
        with open(os.path.join(out, "objections", f"o{i:05d}.md"), "w") as f:
            f.write(f"---\ncategory: 价格\ntags: [费用]\nproducts: [{rng.choice(prods)}]\n---\n")
            for j in range(4):
                f.write(f"## 客户异议{i}-{j} {{#o{i}-{j}}}\n> {prose(rng, 1)}\n\n{prose(rng, 1)}\n\n"
                        f"### 应对话术\n先**认同感受**，再讲**{rng.choice(PHRASES)}**。{prose(rng, 1)}\n\n"
                        f"### 要点\n- 认同感受\n- {rng.choice(PHRASES)}\n\n### 避免\n- 这是规定\n\n")
    for i in range(n_seg):
        with open(os.path.join(out, "segments", f"s{i:05d}.md"), "w") as f:
            f.write(f"---\ntitle: 客群{i}\nproducts: [{rng.choice(prods)}]\n---\n## 特征\n{prose(rng, 2)}\n\n"
                    f"## 需求\n- **安全**：{prose(rng, 1)}\n\n## 决策人\n{prose(rng, 1)}\n\n## 切入策略\n{prose(rng, 2)}\n")


if __name__ == "__main__":
    main()
