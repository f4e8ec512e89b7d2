/* test_event.c — event features and similarity on hand-written news items. */
#include "harness.h"

#include "alloc.h"
#include "event.h"

static float
similarity(const char *a, const char *b)
{
	DcEventFeatures fa;
	DcEventFeatures fb;
	DcError		err;
	DcDate		pub = {2026, 4, 15};

	if (dc_event_features(a, strlen(a), NULL, pub, &fa, &err) != DC_OK ||
		dc_event_features(b, strlen(b), NULL, pub, &fb, &err) != DC_OK)
	{
		fprintf(stderr, "dc_event_features: %s\n", err.message);
		return -1.0f;
	}
	return dc_event_similarity(&fa, &fb);
}

void
test_event(void)
{
	const char *en = "Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign "
		"Affairs of Italy Antonio Tajani in Rome on 14 April.";
	const char *ru = "В Италии посол Казахстана Ерболат Сембаев встретился в Риме с министром иностранных "
		"дел Италии Антонио Таяни 14 апреля.";
	/* the same ambassador at another event: a round table with other people */
	const char *other = "Ambassador of Kazakhstan to Italy Yerbolat Sembayev spoke at a round table with "
		"Italian experts Marco Rossi and Giulia Bianchi in Milan on 2 April.";
	/* other people, another country */
	const char *far = "Ambassador of Kazakhstan to Japan Yerlan Baudarbek-Kozhatayev met the Governor of "
		"Osaka Hirofumi Yoshimura on 14 April.";
	float		same = similarity(en, ru);

	CHECK(same >= 0.6f);
	CHECK(similarity(en, other) < 0.6f && similarity(en, other) < same);
	CHECK(similarity(en, far) < 0.3f);
	CHECK(similarity(en, en) >= 0.95f);
	/* empty items share nothing */
	CHECK(similarity("", "") == 0.0f);
}
