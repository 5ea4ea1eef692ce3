"""The baseline for ``bench/ingest.py``: a Flask endpoint that only parses and echoes JSON."""

from __future__ import annotations

from flask import Flask, jsonify, request


def create_app() -> Flask:
    app = Flask("bare")

    @app.post("/api/v1/leads")
    def take():  # type: ignore[no-untyped-def]
        body = request.get_json()
        return jsonify({"id": "bare", "source": body.get("source")}), 201

    @app.get("/healthz")
    def healthz():  # type: ignore[no-untyped-def]
        return jsonify({"status": "ok"})

    return app
