#!/usr/bin/env python3
"""Where an analyzer's time goes in one compiler run, from `perf script` output (see docs/performance.md, "Profiling").

perf samples on a timer, so its counts follow the compiler's ReportAnalyzer figures; EventPipe's sampler stops threads at
safe points and over-counts code that calls into the runtime (a stopwatch read looked like most of the driver's time).

    perf script -i run.perf -F tid,ip,sym,dso > run.script
    python3 perf-breakdown.py run.script                       # samples per analyzer, then ours by innermost / inclusive frame
    python3 perf-breakdown.py run.script --children PromptText::Find   # what one of our methods spends its samples on
    python3 perf-breakdown.py run.script --without-jit                 # leave out samples spent compiling (see below)

Method names need the runtime's perf map (DOTNET_PerfMapEnabled=1, DOTNET_EnableWriteXorExecute=0). Code from a
ReadyToRun image has no names there: profile the portable assembly to see every method of ours by name. The portable
assembly is compiled as it runs, and code run a few thousand times (per file, per compilation) runs mostly unoptimized
and looks costlier than it is precompiled. For the steady-state picture set DOTNET_TieredCompilation=0 in the
compiler's environment (every method compiled optimized on first call) and pass --without-jit, which leaves out the
samples spent in the JIT (the package ships precompiled for the compiler of `dotnet build`).
"""
import collections
import re
import sys

OURS = "[ProviderLockin.Analyzers] ProviderLockin"
PEER = "BannedApi"
FRAME = re.compile(r"\s*[0-9a-f]+ (.*) \((.*)\)$")
TIER = re.compile(r"\[[A-Za-z0-9]*\]$")
METHOD = re.compile(r"([A-Za-z0-9_`<>+.]+::[^(]+)\(")


def samples(path):
    """Each sample's frames, innermost first, as (symbol, dso)."""
    frames = []
    with open(path, errors="replace") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.startswith("\t"):
                if frames:
                    yield frames
                frames = []
                continue
            match = FRAME.match(line)
            if match:
                frames.append((match.group(1), match.group(2)))
    if frames:
        yield frames


def short(symbol):
    symbol = TIER.sub("", symbol)
    match = METHOD.search(symbol)
    return (match.group(1) if match else symbol[:100]).replace("ProviderLockin.Analyzers.", "")


def mentions(frames, who):
    return any(who in symbol or who in dso for symbol, dso in frames)


def compiling(frames):
    return any("libclrjit" in dso for _, dso in frames)


def main(path, children_of=None, without_jit=False):
    total = ours = peer = 0
    innermost = collections.Counter()
    inclusive = collections.Counter()
    children = collections.Counter()
    for frames in samples(path):
        if without_jit and compiling(frames):
            continue
        total += 1
        peer += mentions(frames, PEER)
        names = [short(symbol) if OURS in symbol else None for symbol, _ in frames]
        if not any(names) and not mentions(frames, "ProviderLockin"):
            continue
        ours += 1
        own = [name for name in names if name]
        if own:
            innermost[own[0]] += 1
            for name in set(own):
                inclusive[name] += 1
        if children_of:
            positions = [i for i, name in enumerate(names) if name and children_of in name]
            if positions:
                outermost = positions[-1]
                children[short(frames[outermost - 1][0]) if outermost > 0 else "(itself)"] += 1

    print(f"samples: {total}; with a frame of ours: {ours}; with a frame of {PEER}: {peer}")
    if children_of:
        print(f"== what {children_of} spends its {sum(children.values())} samples on")
        for name, count in children.most_common(25):
            print(f"{count:7} {name}")
        return
    print("== ours by innermost frame of ours (its own code and what it calls outside ours)")
    for name, count in innermost.most_common(40):
        print(f"{count:7} {name}")
    print("== ours by inclusive frame")
    for name, count in inclusive.most_common(40):
        print(f"{count:7} {name}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    without_jit = "--without-jit" in arguments
    arguments = [argument for argument in arguments if argument != "--without-jit"]
    if not arguments:
        sys.exit(__doc__)
    main(arguments[0], arguments[2] if len(arguments) > 2 and arguments[1] == "--children" else None, without_jit)
