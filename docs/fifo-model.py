# FIFO link model for docs/EVALUATION.md ("Clock agreement"): one-way delays N(500, 100) ms, each
# message arriving no earlier than the one before it (TCP order), sent every SPACING ms. Prints the
# mean delay, its spread and the spread of a 60 s mean against independent samples.
#   python3 docs/fifo-model.py
import random, statistics, math
random.seed(1)
def run(spacing_ms, T=300.0, mu=500, sd=100, poisson=False):
    t=0; last=0; d=[]
    while t < T*1000:
        a=max(t+max(0,random.gauss(mu,sd)), last); last=a; d.append(a-t)
        t += random.expovariate(1/spacing_ms) if poisson else spacing_ms
    return d
for sp in (200,100,50,20):
    means=[]; 
    for rep in range(40):
        d=run(sp,T=60); means.append(statistics.mean(d))
    d=run(sp,T=300)
    print("spacing %3d ms: mean delay %.1f sd %.1f; sd of 60 s mean %.2f ms (independent: %.2f)"%(sp,statistics.mean(d),statistics.pstdev(d),statistics.pstdev(means),statistics.pstdev(d)/math.sqrt(60000/sp)))
