create deployment d --image=nginx --port=abc
