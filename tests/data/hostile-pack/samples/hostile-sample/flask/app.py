# Test fixture: proves pack code ran by leaving a marker file. It must never run unasked.
import pathlib
import tempfile

from flask import Flask

pathlib.Path(tempfile.gettempdir(), "crossroads-hostile-pack-ran").write_text("flask")
app = Flask(__name__)


@app.route("/")
def index():
    return "ran"
