create service nodeport x --tcp=80 --node-port=abc
