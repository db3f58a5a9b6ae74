from flask import Flask, redirect, render_template, url_for
from flask_wtf import CSRFProtect, FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, ValidationError

app = Flask(__name__)
app.config["SECRET_KEY"] = "placeholder-not-for-production"
csrf = CSRFProtect(app)


class ContactForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=50)])
    message = TextAreaField("Message", validators=[DataRequired(), Length(min=10, max=500)])

    def validate_message(self, field):
        if "http://" in field.data or "https://" in field.data:
            raise ValidationError("Please leave links out of your message.")


@app.route("/contact", methods=["GET", "POST"])
def contact():
    form = ContactForm()
    if form.validate_on_submit():
        # A real app would save or e-mail form.data here.
        return redirect(url_for("thanks"))
    return render_template("contact.html", form=form)


@app.route("/thanks")
def thanks():
    return "<p>Thanks, your message was sent.</p>"


if __name__ == "__main__":
    app.run(debug=True)
