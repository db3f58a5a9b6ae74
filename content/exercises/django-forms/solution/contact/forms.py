from django import forms


class ContactForm(forms.Form):
    name = forms.CharField(max_length=40)
    email = forms.EmailField()
    message = forms.CharField(widget=forms.Textarea, min_length=10)

    def clean_message(self):
        message = self.cleaned_data["message"]
        if "http://" in message or "https://" in message:
            raise forms.ValidationError("Links are not allowed in messages.")
        return message
