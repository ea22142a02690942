import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def save_bar_chart(totals, path, title="Sales by region"):
    figure, axes = plt.subplots()
    axes.bar(list(totals), list(totals.values()))
    axes.set_title(title)
    axes.set_ylabel("amount")
    figure.savefig(path)
    plt.close(figure)
    return figure
