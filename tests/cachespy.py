"""The shared cache with the keys each read asked for noted, for tests of
what a render reads: `read` holds the keys of `get`, `many` the keys of
each `get_many`."""


class CacheSpy:
    def __init__(self, real):
        self.real, self.read, self.many = real, [], []

    def get(self, key, *args, **kwargs):
        self.read.append(key)
        return self.real.get(key, *args, **kwargs)

    def get_many(self, keys, *args, **kwargs):
        self.many.append(list(keys))
        return self.real.get_many(keys, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.real, name)
