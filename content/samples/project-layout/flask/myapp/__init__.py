from flask import Flask

from .pages import bp as pages_bp


def create_app(test_config=None):
    """Build and configure a new app. Tests call it with their own settings."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY="dev-only-not-for-production",  # placeholder, never deploy it
    )
    if test_config is None:
        # Settings for this machine, kept outside the code: instance/config.py
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)

    app.register_blueprint(pages_bp)
    return app
