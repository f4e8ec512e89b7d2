/* test_names.c — nominative, keys and similarity on hand-written examples. */
#include "harness.h"

#include "alloc.h"
#include "names.h"

static void
nom(const char *in, const char *want)
{
	DcError		err;

	CHECK_STR(dc_name_nominative(in, strlen(in), &err), want);
}

static const char *
key(const char *in)
{
	DcError		err;
	char	   *k = dc_name_key(in, strlen(in), &err);

	return k ? k : "(error)";
}

static float
sim(const char *a, const char *b)
{
	DcError		err;

	return dc_name_similarity(a, strlen(a), b, strlen(b), &err);
}

void
test_names(void)
{
	/* masculine, the whole name in one case */
	nom("Сергея Лаврова", "Сергей Лавров");
	nom("Сергею Лаврову", "Сергей Лавров");
	nom("Сергеем Лавровым", "Сергей Лавров");
	nom("Эммануэлем Макроном", "Эммануэль Макрон");
	nom("Реджепа Тайипа Эрдогана", "Реджеп Тайип Эрдоган");
	nom("Касым-Жомарту Токаеву", "Касым-Жомарт Токаев");
	nom("Ильхамом Алиевым", "Ильхам Алиев");
	nom("Владимира Зеленского", "Владимир Зеленский");
	/* feminine */
	nom("Марии Захаровой", "Мария Захарова");
	nom("с Каей Каллас", "с Кая Каллас");
	nom("Ангеле Меркель", "Ангела Меркель");
	/* foreign names that do not decline stay as they are */
	nom("Нгози Оконджо-Ивеала", "Нгози Оконджо-Ивеала");
	/* nominative input, capitals, Latin and empty input */
	nom("Мария Захарова", "Мария Захарова");
	nom("ЛАВРОВЫМ Сергеем", "ЛАВРОВ Сергей");
	nom("Antonio Guterres", "Antonio Guterres");
	nom("", "");

	/* one person, many spellings: one key */
	CHECK_STR(key("Сергею Лаврову"), key("Sergey Lavrov"));
	CHECK_STR(key("Lavrov Sergei"), key("S. Lavrov"));
	CHECK_STR(key("ЛАВРОВ Сергей"), key("Sergey Lavrov"));
	CHECK_STR(key("Ерлан Карин"), key("Yerlan Karin"));
	CHECK_STR(key("Реджепом Тайипом Эрдоганом"), key("Recep Tayyip Erdoğan"));
	CHECK_STR(key("Мухтар Тлеуберди"), key("Mukhtar Tileuberdi"));
	CHECK_STR(key("Анталья"), key("Antalya"));
	/* different people: different keys */
	CHECK(strcmp(key("Sergey Lavrov"), key("Sergey Lavrentyev")) != 0);
	CHECK(strcmp(key("Kim Jong Un"), key("Kim Yo Jong")) != 0);
	CHECK(strcmp(key("Mukhtar Tileuberdi"), key("Yerlan Tileuberdi")) != 0);
	CHECK_STR(key(""), "");
	CHECK_STR(key("  --  "), "");

	CHECK(sim("Сергеем Лавровым", "Sergey Lavrov") > 0.9f);
	CHECK(sim("Сергеем Лавровым", "Sergey Lavrov") > sim("Сергеем Лавровым", "Sergey Lavrentyev"));
	CHECK(sim("A. Guterres", "António Guterres") > 0.9f);
	CHECK(sim("Lavrov", "Guterres") < 0.6f);
	CHECK(sim("", "Lavrov") == 0.0f);
}
