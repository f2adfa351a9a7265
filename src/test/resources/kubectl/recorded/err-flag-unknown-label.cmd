label pod x --foo
