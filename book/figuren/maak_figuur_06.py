"""Draw figure 6.1: the model of collaborative governance, after Ansell & Gash (2008).

Our own drawing of the model's components (Dutch labels with the English terms), not a copy of
the original figure. Run from anywhere:

    python book/figuren/maak_figuur_06.py

It writes ``06-anatomie-model.svg`` next to this script. It uses only matplotlib and its bundled
DejaVu Sans font (text is stored as paths), so it needs no internet and the output does not depend
on the fonts of the reader's machine. The output is reproducible: no date in the metadata and a
fixed hash salt.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

OUT = Path(__file__).with_name("06-anatomie-model.svg")

# Colours: dark text on light fills (contrast well above WCAG AA).
INK = "#1b1b1b"
MUTED = "#3d3d3d"
FILL = {
    "start": "#e3edf7",
    "design": "#eef3e2",
    "leader": "#fbeedd",
    "process": "#f4f4f4",
    "cycle": "#ffffff",
    "outcome": "#e9e3f3",
}
EDGE = "#4a4a4a"


def box(ax, x, y, w, h, fill, title, title_en, lines=(), title_size=12.5):
    """A rounded box with a bold Dutch title, the English term and optional bullet lines."""
    ax.add_patch(
        FancyBboxPatch(
            (x, y), w, h, boxstyle="round,pad=0.012,rounding_size=0.02",
            facecolor=fill, edgecolor=EDGE, linewidth=1.3,
        )
    )
    ax.text(x + w / 2, y + h - 0.035, title, ha="center", va="top",
            fontsize=title_size, fontweight="bold", color=INK)
    ax.text(x + w / 2, y + h - 0.085, title_en, ha="center", va="top",
            fontsize=9.5, style="italic", color=MUTED)
    top = y + h - 0.155
    for nl, en in lines:
        nl_lines = nl.split("\n")
        for j, part in enumerate(nl_lines):
            ax.text(x + (0.02 if j == 0 else 0.045), top, ("• " if j == 0 else "") + part,
                    ha="left", va="top", fontsize=10.5, color=INK)
            top -= 0.034
        ax.text(x + 0.045, top - 0.004, en, ha="left", va="top", fontsize=8.8,
                style="italic", color=MUTED)
        top -= 0.07


def arrow(ax, start, end, rad=0.0, width=1.6, style="-|>", color=EDGE):
    ax.add_patch(
        FancyArrowPatch(
            start, end, arrowstyle=style, mutation_scale=16, linewidth=width,
            color=color, connectionstyle=f"arc3,rad={rad}", shrinkA=2, shrinkB=2,
        )
    )


def main() -> None:
    plt.rcParams.update({
        "font.family": "DejaVu Sans",
        "svg.fonttype": "path",
        "svg.hashsalt": "opgavegericht-werken-h06",
    })
    fig = plt.figure(figsize=(12.4, 8.0))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, 1.55)
    ax.set_ylim(0, 1.0)
    ax.axis("off")

    # Starting conditions (left).
    box(ax, 0.015, 0.225, 0.34, 0.55, FILL["start"], "Startcondities", "starting conditions", [
        ("Machts- en middelen-\nverschillen", "power and resource imbalances"),
        ("Prikkels om mee te doen", "incentives to participate"),
        ("Voorgeschiedenis van\nsamenwerking of conflict", "prehistory of cooperation or conflict"),
    ])

    # Facilitative leadership (top) and institutional design (bottom).
    box(ax, 0.55, 0.855, 0.54, 0.12, FILL["leader"], "Faciliterend leiderschap",
        "facilitative leadership")
    box(ax, 0.55, 0.015, 0.54, 0.12, FILL["design"], "Institutioneel ontwerp",
        "institutional design")

    # Collaborative process (centre) with its cycle.
    px, py, pw, ph = 0.45, 0.20, 0.74, 0.60
    ax.add_patch(
        FancyBboxPatch((px, py), pw, ph, boxstyle="round,pad=0.012,rounding_size=0.03",
                       facecolor=FILL["process"], edgecolor=EDGE, linewidth=1.3)
    )
    ax.text(px + pw / 2, py + ph - 0.02, "Samenwerkingsproces", ha="center", va="top",
            fontsize=12.5, fontweight="bold", color=INK)
    ax.text(px + pw / 2, py + ph - 0.066, "collaborative process", ha="center", va="top",
            fontsize=9.5, style="italic", color=MUTED)

    steps = [
        ("Dialoog van aangezicht\ntot aangezicht", "face-to-face dialogue"),
        ("Vertrouwen opbouwen", "trust building"),
        ("Betrokkenheid bij\nhet proces", "commitment to process"),
        ("Gedeeld begrip", "shared understanding"),
        ("Tussenresultaten\n('kleine successen')", "intermediate outcomes"),
    ]
    cx, cy = px + pw / 2, py + 0.255
    rx, ry = 0.25, 0.185
    angles = [90 - i * 72 for i in range(len(steps))]
    centres = [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
               for a in angles]
    bw, bh = 0.205, 0.095
    patches = []
    for (nl, en), (x, y) in zip(steps, centres):
        patch = FancyBboxPatch((x - bw / 2, y - bh / 2), bw, bh,
                               boxstyle="round,pad=0.006,rounding_size=0.015",
                               facecolor=FILL["cycle"], edgecolor=EDGE, linewidth=1.0, zorder=3)
        ax.add_patch(patch)
        patches.append(patch)
        ax.text(x, y + 0.012, nl, ha="center", va="center", fontsize=10, color=INK,
                zorder=4, linespacing=1.05)
        ax.text(x, y - bh / 2 + 0.008, en, ha="center", va="bottom", fontsize=8.3,
                style="italic", color=MUTED, zorder=4)
    # Clockwise arrows between the steps, clipped at the boxes: the cycle.
    n = len(patches)
    for i in range(n):
        ax.add_patch(
            FancyArrowPatch(
                centres[i], centres[(i + 1) % n], patchA=patches[i],
                patchB=patches[(i + 1) % n], arrowstyle="-|>", mutation_scale=15,
                linewidth=1.4, color=EDGE, connectionstyle="arc3,rad=-0.28",
                shrinkA=3, shrinkB=3, zorder=5,
            )
        )
    ax.text(cx, cy - 0.005, "een cyclus:\nelke ronde\nbouwt voort op\nde vorige", ha="center",
            va="center", fontsize=9, color=MUTED, linespacing=1.15)

    # Outcomes (right).
    box(ax, 1.30, 0.42, 0.235, 0.16, FILL["outcome"], "Uitkomsten", "outcomes")

    # Influences.
    arrow(ax, (0.36, 0.51), (0.447, 0.51), width=2.2)
    arrow(ax, (1.195, 0.50), (1.297, 0.50), width=2.2)
    arrow(ax, (0.82, 0.852), (0.82, 0.815), width=2.2)
    arrow(ax, (0.82, 0.138), (0.82, 0.185), width=2.2)

    ax.text(1.535, 0.015, "Eigen tekening naar Ansell & Gash (2008)", ha="right",
            va="bottom", fontsize=8.5, color=MUTED)

    fig.savefig(OUT, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    print(f"geschreven: {OUT}")


if __name__ == "__main__":
    main()
