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


def rounded(ax, x, y, w, h, fill, lw=1.3, radius=0.12, z=2):
    patch = FancyBboxPatch((x, y), w, h, boxstyle=f"round,pad=0.04,rounding_size={radius}",
                           facecolor=fill, edgecolor=EDGE, linewidth=lw, zorder=z)
    ax.add_patch(patch)
    return patch


def titled(ax, x, y, w, h, fill, title, title_en, size=13.5):
    """A box with a bold Dutch title and the English term, centred."""
    rounded(ax, x, y, w, h, fill)
    cx, cy = x + w / 2, y + h / 2
    ax.text(cx, cy + 0.13, title, ha="center", va="center", fontsize=size, fontweight="bold",
            color=INK, linespacing=1.1)
    ax.text(cx, cy - 0.25 - 0.12 * title.count("\n"), title_en, ha="center", va="center",
            fontsize=10.5, style="italic", color=MUTED)


def arrow(ax, start, end, rad=0.0, width=2.0, **kw):
    ax.add_patch(
        FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=18, linewidth=width,
                        color=EDGE, connectionstyle=f"arc3,rad={rad}", shrinkA=0, shrinkB=0,
                        zorder=5, **kw)
    )


def main() -> None:
    plt.rcParams.update({
        "font.family": "DejaVu Sans",
        "svg.fonttype": "path",
        "svg.hashsalt": "opgavegericht-werken-h06",
    })
    W, H = 9.4, 10.2  # inches; data coordinates are inches too
    fig = plt.figure(figsize=(W, H))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, W)
    ax.set_ylim(0, H)
    ax.axis("off")

    # 1. Starting conditions (top), three factors side by side.
    rounded(ax, 0.15, 8.15, W - 0.3, 1.9, FILL["start"])
    ax.text(W / 2, 9.78, "Startcondities", ha="center", va="center", fontsize=13.5,
            fontweight="bold", color=INK)
    ax.text(W / 2, 9.47, "starting conditions", ha="center", va="center", fontsize=10.5,
            style="italic", color=MUTED)
    factors = [
        ("Machts- en\nmiddelenverschillen", "power and resource\nimbalances"),
        ("Prikkels om\nmee te doen", "incentives to\nparticipate"),
        ("Voorgeschiedenis van\nsamenwerking of conflict", "prehistory of\ncooperation or conflict"),
    ]
    for i, (nl, en) in enumerate(factors):
        x = 0.15 + (W - 0.3) * (i + 0.5) / 3
        ax.text(x, 8.98, nl, ha="center", va="center", fontsize=11.5, color=INK, linespacing=1.1)
        ax.text(x, 8.47, en, ha="center", va="center", fontsize=9.5, style="italic",
                color=MUTED, linespacing=1.05)

    # 4. Collaborative process (centre) with its cycle.
    px, py, pw, ph = 2.3, 2.35, 4.8, 5.2
    rounded(ax, px, py, pw, ph, FILL["process"], radius=0.18)
    ax.text(px + pw / 2, py + ph - 0.3, "Samenwerkingsproces", ha="center", va="center",
            fontsize=13.5, fontweight="bold", color=INK)
    ax.text(px + pw / 2, py + ph - 0.6, "collaborative process", ha="center", va="center",
            fontsize=10.5, style="italic", color=MUTED)

    steps = [
        ("Dialoog van aangezicht\ntot aangezicht", "face-to-face dialogue"),
        ("Vertrouwen\nopbouwen", "trust building"),
        ("Betrokkenheid\nbij het proces", "commitment to process"),
        ("Gedeeld begrip", "shared understanding"),
        ("Tussenresultaten\n('kleine successen')", "intermediate outcomes"),
    ]
    cx, cy = px + pw / 2, py + 2.2
    # Five steps around the centre, clockwise from the top (a flattened pentagon, so the two
    # lower boxes keep room for the arrow between them).
    offsets = [(0.0, 1.75), (1.5, 0.45), (1.05, -1.35), (-1.05, -1.35), (-1.5, 0.45)]
    widths = [1.95, 1.62, 1.62, 1.62, 1.62]
    centres = [(cx + dx, cy + dy) for dx, dy in offsets]
    bh = 0.84
    patches = []
    for (nl, en), (x, y), bw in zip(steps, centres, widths):
        patches.append(rounded(ax, x - bw / 2, y - bh / 2, bw, bh, FILL["cycle"], lw=1.0,
                               radius=0.08, z=3))
        ax.text(x, y + 0.1, nl, ha="center", va="center", fontsize=10.5, color=INK, zorder=4,
                linespacing=1.05)
        ax.text(x, y - bh / 2 + 0.12, en, ha="center", va="center", fontsize=8.8,
                style="italic", color=MUTED, zorder=4)
    n = len(patches)
    for i in range(n):
        ax.add_patch(
            FancyArrowPatch(centres[i], centres[(i + 1) % n], patchA=patches[i],
                            patchB=patches[(i + 1) % n], arrowstyle="-|>", mutation_scale=15,
                            linewidth=1.4, color=EDGE, connectionstyle="arc3,rad=-0.3",
                            shrinkA=4, shrinkB=4, zorder=5)
        )
    ax.text(cx, cy - 0.05, "een cyclus:\nelke ronde\nbouwt voort\nop de vorige", ha="center",
            va="center", fontsize=9.5, color=MUTED, linespacing=1.15)

    # 3. Facilitative leadership (left) and 2. institutional design (right).
    titled(ax, 0.15, 4.0, 1.95, 1.2, FILL["leader"], "Faciliterend\nleiderschap",
           "facilitative leadership", size=12)
    titled(ax, W - 2.1, 4.0, 1.95, 1.2, FILL["design"], "Institutioneel\nontwerp",
           "institutional design", size=12)

    # 5. Outcomes (bottom).
    titled(ax, W / 2 - 1.5, 0.45, 3.0, 1.05, FILL["outcome"], "Uitkomsten", "outcomes")

    # Influences.
    arrow(ax, (W / 2, 8.1), (W / 2, 7.6))
    ax.text(W / 2 + 0.12, 7.85, "beïnvloeden", ha="left", va="center", fontsize=9.5,
            style="italic", color=MUTED)
    arrow(ax, (2.14, 4.6), (2.25, 4.6))
    arrow(ax, (W - 2.14, 4.6), (W - 2.25, 4.6))
    arrow(ax, (W / 2, 2.3), (W / 2, 1.55))

    ax.text(W - 0.15, 0.08, "Eigen tekening naar Ansell & Gash (2008)", ha="right",
            va="bottom", fontsize=9, color=MUTED)

    fig.savefig(OUT, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    print(f"geschreven: {OUT}")


if __name__ == "__main__":
    main()
