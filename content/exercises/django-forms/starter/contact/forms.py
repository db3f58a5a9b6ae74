from django import forms


class ContactForm(forms.Form):
    name = forms.CharField()
    # TODO: limit name to 40 characters; add email and message (at least 10 characters, a textarea)

    # TODO: clean_message() refusing links
