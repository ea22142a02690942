"""Train, evaluate and save the voucher model: python -m mlpipe [--seed N] [--out FOLDER]"""
import argparse
from pathlib import Path

from mlpipe.data import feature_kinds
from mlpipe.dataset import make_customers
from mlpipe.persist import save_model
from mlpipe.train import run_experiment


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m mlpipe")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="models")
    args = parser.parse_args(argv)

    frame = make_customers()
    print(f"Loading data... {len(frame)} customers, {int(frame['answered'].sum())} answered")
    kinds = feature_kinds(frame, "answered")
    print("Preprocessing...")
    print(f"  - {int(frame.isna().sum().sum())} missing values to fill")
    print(f"  - scaling {len(kinds['numeric'])} numeric features: {', '.join(kinds['numeric'])}")
    print(f"  - encoding {len(kinds['categorical'])} categorical features: "
          f"{', '.join(kinds['categorical'])}")

    experiment = run_experiment(frame, "answered", seed=args.seed)
    scores = experiment.cv_scores
    print(f"Cross-validating on {len(experiment.X_train)} training rows...")
    for fold, score in enumerate(scores, start=1):
        print(f"  Fold {fold}: accuracy = {score:.3f}")
    mean = sum(scores) / len(scores)
    spread = (sum((s - mean) ** 2 for s in scores) / len(scores)) ** 0.5
    print(f"  Mean accuracy: {mean:.3f} (+/- {spread:.3f})")
    print(f"Held-out test set ({len(experiment.X_test)} rows):")
    for name, value in experiment.metrics.items():
        print(f"  {name:<9} {value:.3f}")

    path = Path(args.out) / f"voucher-seed{args.seed}.joblib"
    save_model(experiment.model, path, {"metrics": experiment.metrics, "seed": args.seed,
                                        "features": list(experiment.X_train.columns)})
    print(f"Model saved to {path}")


if __name__ == "__main__":
    main()
