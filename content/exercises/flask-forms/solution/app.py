from flask import Flask, redirect, render_template, request, url_for

app = Flask(__name__)

ENTRIES = []  # each entry is {"name": ..., "message": ...}


@app.route("/guestbook", methods=["GET", "POST"])
def guestbook():
    name = message = ""
    errors = []
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        message = request.form.get("message", "").strip()
        if not name:
            errors.append("Please enter your name.")
        elif len(name) > 40:
            errors.append("Your name can be at most 40 characters.")
        if not message:
            errors.append("Please write a message.")
        if not errors:
            ENTRIES.append({"name": name, "message": message})
            return redirect(url_for("guestbook"))
    status = 400 if errors else 200
    return render_template("guestbook.html", entries=ENTRIES, errors=errors, name=name, message=message), status


if __name__ == "__main__":
    app.run(debug=True)
