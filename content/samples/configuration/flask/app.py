from flask import Flask, jsonify

app = Flask(__name__)

# 1. Defaults that are fine on your own computer.
app.config.from_mapping(
    SECRET_KEY="dev-only-not-for-production",  # placeholder: set FLASK_SECRET_KEY for real
    SITE_NAME="Crossroads Bookshop",
    BOOKS_PER_PAGE=20,
)

# 2. Environment variables that start with FLASK_ override them, for example:
#    FLASK_SECRET_KEY='long-random-text' FLASK_BOOKS_PER_PAGE=50 flask --app app run
app.config.from_prefixed_env()


@app.get("/about")
def about():
    # Only show settings that are safe to reveal. Never send SECRET_KEY anywhere.
    return jsonify(
        site_name=app.config["SITE_NAME"],
        books_per_page=app.config["BOOKS_PER_PAGE"],
        debug=app.debug,
    )


if __name__ == "__main__":
    app.run()
