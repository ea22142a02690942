"""Serve a saved model over HTTP: python -m mlpipe.serve models/voucher-seed0.joblib [PORT]

POST a JSON object of features to /predict and get a prediction back. Standard library only,
for trying things out on your own machine; it listens on 127.0.0.1.
"""
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from mlpipe.persist import load_model, predict_json


def make_handler(model):
    class PredictHandler(BaseHTTPRequestHandler):
        def do_POST(self):
            if self.path != "/predict":
                self.send_error(404)
                return
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
            answer = predict_json(model, body).encode("utf-8")
            self.send_response(400 if b'"error"' in answer else 200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    return PredictHandler


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    model, info = load_model(argv[0])
    port = int(argv[1]) if len(argv) > 1 else 8000
    print(f"Model loaded (test accuracy {info['metrics']['accuracy']:.3f})")
    print(f"API running at http://127.0.0.1:{port}/predict")
    HTTPServer(("127.0.0.1", port), make_handler(model)).serve_forever()


if __name__ == "__main__":
    main()
